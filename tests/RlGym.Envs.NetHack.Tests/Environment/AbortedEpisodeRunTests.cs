using System.Text.Json;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Wrappers;
using RlGym.Envs.NetHack.Native;
using RlGym.Runner;
using RlGym.Runner.Sinks;

namespace RlGym.Envs.NetHack.Tests.Environment;

/// <summary>
/// A game killed or hung in the middle of an episode run by the runner: the episode is recorded as aborted (CSV
/// columns, the summary's count, the console's warning), and the next episode, cut by the time limit, is not.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class AbortedEpisodeRunTests
{
    private const int SigStop = 19;

    [Fact]
    public void AGameKilledMidEpisodeIsRecordedAsAnAbortedEpisode()
    {
        var (csv, summary, console) = RunAndSabotage(LibC.SIGKILL, EnvOptions.Empty);

        Assert.Equal("episode,seed,return,length,seconds,terminated,truncated,aborted,abort_reason", csv[0]);
        string[] aborted = csv[1].Split(',');
        Assert.Equal(["0", "5", "4", "false", "true", "true"], [aborted[0], aborted[1], aborted[3], aborted[5], aborted[6], aborted[7]]);
        Assert.Contains("killed by signal 9", csv[1], StringComparison.Ordinal);
        string[] limited = csv[2].Split(',');
        Assert.Equal(["1", "6", "10", "false", "true", "false", ""], [limited[0], limited[1], limited[3], limited[5], limited[6], limited[7], limited[8]]);
        Assert.Equal(1, summary.GetProperty("abortedEpisodes").GetInt32());
        Assert.Contains("1 of 2 episode(s) aborted", console, StringComparison.Ordinal);
        Assert.Contains("aborted: ", console, StringComparison.Ordinal);
    }

    [Fact]
    public void AGameThatHangsMidEpisodeIsKilledAfterItsHangLimitAndRecordedAsAborted()
    {
        var (csv, summary, _) = RunAndSabotage(SigStop, EnvOptions.Of(("hang_seconds", "1")));

        string[] aborted = csv[1].Split(',');
        Assert.Equal(["4", "true", "true"], [aborted[3], aborted[6], aborted[7]]);
        Assert.Contains("did not ask for a key within 1 s", csv[1], StringComparison.Ordinal);
        Assert.Equal("false", csv[2].Split(',')[7]);
        Assert.Equal(1, summary.GetProperty("abortedEpisodes").GetInt32());
    }

    // Two episodes of at most 10 steps from seed 5; the agent signals the game process just before its fourth action of
    // the first episode, so that action's step finds the game gone (or, stopped, killed by the hang guard).
    private static (string[] Csv, JsonElement Summary, string Console) RunAndSabotage(int signal, EnvOptions options)
    {
        using var env = TestKit.MakeTerminal("NetHackScore-v0", options).WithTimeLimit(10);
        var inner = TestKit.Inner(env);
        var agent = new SabotagingAgent(TestKit.Action("Command.SEARCH"), episode: 0, step: 3, () => Assert.Equal(0, LibC.Kill(inner.GamePid, signal)));
        var text = new StringWriter();
        var console = new StringWriter();
        using var csv = new CsvEpisodeSink(text);

        var result = EpisodeRunner.Run(env, agent, new RunOptions { Episodes = 2, Seed = 5, Sinks = [csv, new ConsoleTableSink(console)] });

        using var summary = JsonDocument.Parse(RunSummaryJson.Serialize(result.Summary));
        return (text.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries), summary.RootElement.Clone(), console.ToString());
    }
}
