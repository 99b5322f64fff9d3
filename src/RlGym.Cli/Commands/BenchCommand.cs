using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RlGym.Cli.Hosting;
using RlGym.Cli.Output;
using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Runner.Benchmarks;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym bench ENV</c>: environment steps per second with pre-sampled random actions: one copy, a vector of them
/// (<c>--envs</c>), or independent copies each on its own thread (<c>--workers</c>).
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CommandRunner runner)
    {
        var environment = CommonOptions.Environment();
        var envs = CommonOptions.Count("--envs", 1, "How many copies to step together as a vector environment", "N", SizeLimits.Envs);
        var workers = CommonOptions.Count(
            "--workers", 1, "How many independent copies to step at once, each on its own thread with its own actions (no vector)", "N", SizeLimits.Workers);
        var seconds = CommonOptions.Seconds("--seconds", 5, "How long to measure");
        var seed = CommonOptions.Seed("The seed of the first reset and of the sampled actions (default 0)");
        var json = CommonOptions.Json();
        var options = CommonOptions.EnvOptions();
        var command = new Command("bench", "Measure an environment's raw steps per second") { environment, envs, workers, seconds, seed, json, options };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync("bench", parsed, cancellationToken, async (services, token) =>
        {
            var bench = new BenchOptions(parsed.GetRequiredValue(environment))
            {
                Envs = parsed.GetValue(envs),
                Workers = parsed.GetValue(workers),
                Seconds = parsed.GetValue(seconds),
                Seed = parsed.GetValue(seed) ?? 0,
                Options = EnvOptions.Parse(parsed.GetValue(options) ?? []),
            };
            var registry = services.GetRequiredService<EnvRegistry>();
            long started = Stopwatch.GetTimestamp();
            var work = Task.Run(() => ThroughputBenchmark.Run(registry, bench, token), CancellationToken.None);
            bool quiet = parsed.GetValue(json);
            var result = await ProgressDisplay.TrackAsync(runner.Context, !quiet, $"bench {bench.EnvironmentId}", work,
                () => Stopwatch.GetElapsedTime(started).TotalSeconds / (bench.Seconds + 0.5)).ConfigureAwait(false);
            if (quiet)
            {
                WriteJson(runner.Context.Out, result);
            }
            else
            {
                string copies = result.Workers > 1 ? $"{result.Workers} workers" : $"x{result.Envs}";
                await runner.Context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{result.EnvironmentId} {copies}: {result.Steps:N0} steps in {result.Seconds:0.00} s = {result.StepsPerSecond:N0} steps/s ({result.Episodes:N0} episodes)")).ConfigureAwait(false);
            }
            if (result.Cancelled && token.IsCancellationRequested)
            {
                await runner.Context.Error.WriteLineAsync("rlgym: interrupted; the figure covers the time measured so far").ConfigureAwait(false);
                return ExitCodes.Interrupted;
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson(TextWriter output, BenchResult result) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("environment", result.EnvironmentId);
            json.WriteNumber("envs", result.Envs);
            json.WriteNumber("workers", result.Workers);
            json.WriteNumber("steps", result.Steps);
            json.WriteNumber("episodes", result.Episodes);
            json.WriteNumber("seconds", result.Seconds);
            json.Number("stepsPerSecond", result.StepsPerSecond);
            json.WriteBoolean("cancelled", result.Cancelled);
            json.WriteEndObject();
        });
}
