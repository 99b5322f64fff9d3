using Xunit;
using System.Text.Json;
using RlGym.Cli.Tests.Fixtures;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Server;

namespace RlGym.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Listening_beyond_loopback_without_a_token_is_a_usage_error()
    {
        var result = await Rlgym.RunAsync(["serve", "CatMouse-v0", "--listen", "0.0.0.0", "--port", "0"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a token", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_an_unknown_environment_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var result = await Rlgym.RunAsync(["serve", "NoSuchEnv-v0", "--socket", Path.Combine(folder.Path, "s.sock")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NoSuchEnv-v0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_says_where_it_listens_and_stops_cleanly_on_interrupt()
    {
        using var folder = new TempFolder();
        using var seen = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        var output = new WatchedWriter("listening on unix:", seen);
        var run = Rlgym.RunAsync(["serve", "CatMouse-v0", "--socket", Path.Combine(folder.Path, "s.sock")], cancellationToken: stop.Token,
            context: new CliContext { Out = output, Error = new StringWriter() });
        Assert.True(await Task.Run(() => seen.Wait(TimeSpan.FromMinutes(5))), "serve never said it listens");
        stop.Cancel();
        var result = await run;
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("rlgym serve: listening on unix:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trace_prints_the_digest_of_every_observation()
    {
        var result = await Rlgym.RunAsync(["trace", "CatMouse-v0", "--seed", "3", "--actions", "0 1"]);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var registry = new EnvRegistry();
        CatMouseEnvironments.Register(registry, new AgentRegistry());
        using var env = registry.Make<CatMouseObservation, int>("CatMouse-v0");
        var observations = new List<CatMouseObservation> { env.Reset(3).Observation };
        foreach (int move in new[] { 0, 1 })
        {
            var step = env.Step(move);
            observations.Add(step.Observation);
            if (step.IsDone)
            {
                break;
            }
        }
        Assert.Equal(observations.Count, lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            Assert.Equal(i, lines[i].GetProperty("step").GetInt32());
            Assert.Equal(ObservationDigest.Of(env.ObservationSpace, observations[i]), lines[i].GetProperty("observation").GetString());
        }
    }
}
