using System.Text.Json;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Wrappers;
using RlGym.Runner;
using RlGym.Runner.Sinks;

namespace RlGym.Envs.NetHack.Tests.Game;

/// <summary>
/// NetHack built from source, hung or crashing in its own code in the middle of an episode run by the runner (through
/// the environment's internal test hook, <c>InjectTestFault</c>): the guard stops the game, the episode is recorded
/// as aborted (CSV columns, the summary's count), the process lives on, and the next episode plays a fresh copy of
/// the game to the time limit. Faults in managed code still become .NET exceptions with the guard's handlers in place.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class GameGuardTests
{
    [Fact]
    public void AGameThatLoopsForeverIsStoppedAfterItsHangLimitAndTheEpisodeIsAborted()
    {
        var (csv, summary) = RunAndSabotage(kind: 1, EnvOptions.Of(("hang_seconds", "2")));

        Assert.Equal("episode,seed,return,length,seconds,terminated,truncated,aborted,abort_reason", csv[0]);
        string[] aborted = csv[1].Split(',');
        Assert.Equal(["0", "5", "4", "false", "true", "true"], [aborted[0], aborted[1], aborted[3], aborted[5], aborted[6], aborted[7]]);
        Assert.Contains("did not ask for a key within 2 s", csv[1], StringComparison.Ordinal);
        string[] limited = csv[2].Split(',');
        Assert.Equal(["1", "10", "false", "true", "false", ""], [limited[0], limited[3], limited[5], limited[6], limited[7], limited[8]]);
        Assert.Equal(1, summary.GetProperty("abortedEpisodes").GetInt32());
    }

    [Theory]
    [InlineData(2, "signal 11, SIGSEGV")]
    [InlineData(3, "signal 8, SIGFPE")]
    public void AGameThatCrashesInItsOwnCodeEndsItsEpisodeAsAborted(int kind, string reason)
    {
        var (csv, summary) = RunAndSabotage(kind, EnvOptions.Empty);

        string[] aborted = csv[1].Split(',');
        Assert.Equal(["4", "false", "true", "true"], [aborted[3], aborted[5], aborted[6], aborted[7]]);
        Assert.Contains("crashed in its own code", csv[1], StringComparison.Ordinal);
        Assert.Contains(reason, csv[1], StringComparison.Ordinal);
        Assert.Equal(["10", "false"], [csv[2].Split(',')[3], csv[2].Split(',')[7]]);
        Assert.Equal(1, summary.GetProperty("abortedEpisodes").GetInt32());
    }

    [Fact]
    public void ManagedFaultsStillBecomeExceptionsWithTheGuardInstalled()
    {
        using (var env = TestKit.Make("NetHackScore-v0"))
        {
            env.Reset(seed: 1);
            env.Step(0);
        }
        string? nothing = Nothing();
        Assert.Throws<NullReferenceException>(() => nothing!.Length);
        int zero = Zero();
        Assert.Throws<DivideByZeroException>(() => 1 / zero);
    }

    [Fact]
    public void AfterACrashTheSameEnvironmentPlaysTheGameAFreshOnePlays()
    {
        using var env = TestKit.Make("NetHackScore-v0");
        using var fresh = TestKit.Make("NetHackScore-v0");
        env.Reset(seed: 2);
        TestKit.Inner(env).InjectTestFault(2);
        var crashed = env.Step(0);
        Assert.True(crashed.Truncated);
        Assert.True(crashed.Info.ContainsKey(AbortedEpisode.InfoKey));
        var again = env.Reset(seed: 9).Observation;
        var expected = fresh.Reset(seed: 9).Observation;
        Assert.Equal((byte[])expected["tty_chars"], (byte[])again["tty_chars"]);
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal((short[])fresh.Step(i % 9).Observation["glyphs"], (short[])env.Step(i % 9).Observation["glyphs"]);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string? Nothing() => null;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int Zero() => 0;

    // Two episodes of at most 10 steps from seed 5; just before its fourth action of the first episode the agent arms
    // the game's fault, so that action's step hangs or crashes in the game's own code.
    private static (string[] Csv, JsonElement Summary) RunAndSabotage(int kind, EnvOptions options)
    {
        using var env = TestKit.Make("NetHackScore-v0", options).WithTimeLimit(10);
        var inner = TestKit.Inner(env);
        var agent = new SabotagingAgent(TestKit.Action("Command.SEARCH"), episode: 0, step: 3, () => inner.InjectTestFault(kind));
        var text = new StringWriter();
        using var csv = new CsvEpisodeSink(text);

        var result = EpisodeRunner.Run(env, agent, new RunOptions { Episodes = 2, Seed = 5, Sinks = [csv] });

        using var summary = JsonDocument.Parse(RunSummaryJson.Serialize(result.Summary));
        return (text.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries), summary.RootElement.Clone());
    }
}
