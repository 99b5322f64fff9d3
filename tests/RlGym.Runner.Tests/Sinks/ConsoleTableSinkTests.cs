using RlGym.Runner.Sinks;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests.Sinks;

public sealed class ConsoleTableSinkTests
{
    [Fact]
    public void Lists_each_episode_then_the_summary()
    {
        var text = new StringWriter();

        EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(2), new RunOptions { Episodes = 3, Seed = 10, Sinks = [new ConsoleTableSink(text)] });

        string[] lines = text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ScriptedEnvironment: 3 episode(s) from seed 10, agent scripted", lines[0]);
        Assert.Equal(["episode", "seed", "return", "length", "seconds", "end"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["1", "11", "8", "4"], lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..4]);
        Assert.EndsWith("terminated", lines[4], StringComparison.Ordinal);
        Assert.Equal("episodes 3  return 6 +/- 1.633  length 3", lines[5]);
        Assert.StartsWith("steps 9 in ", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void Stops_listing_after_the_row_limit_and_says_how_many_were_left_out()
    {
        var text = new StringWriter();

        EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(0), new RunOptions { Episodes = 7, Sinks = [new ConsoleTableSink(text, maxRows: 2)] });

        Assert.Contains("5 more episode(s) not shown", text.ToString(), StringComparison.Ordinal);
        Assert.Equal(2 + 2 + 3, text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Replaying_a_result_prints_what_watching_the_run_printed()
    {
        var live = new StringWriter();
        var result = EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(1), new RunOptions { Episodes = 4, Sinks = [new ConsoleTableSink(live)] });
        var replayed = new StringWriter();

        result.Replay(new ConsoleTableSink(replayed));

        Assert.Equal(live.ToString(), replayed.ToString());
    }

    [Fact]
    public void Replaying_a_run_longer_than_the_result_keeps_counts_every_episode()
    {
        var live = new StringWriter();
        var result = EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(1), new RunOptions { Episodes = RunResult.KeptEpisodes + 500, Sinks = [new ConsoleTableSink(live)] });
        var replayed = new StringWriter();

        result.Replay(new ConsoleTableSink(replayed));

        Assert.Contains($"{RunResult.KeptEpisodes + 450} more episode(s) not shown", replayed.ToString(), StringComparison.Ordinal);
        Assert.Equal(live.ToString(), replayed.ToString());
    }

    [Fact]
    public void A_cancelled_run_says_so()
    {
        var text = new StringWriter();

        EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(1), new RunOptions { Episodes = 4, Sinks = [new ConsoleTableSink(text)] }, new CancellationToken(true));

        Assert.Contains("Cancelled: 0 of 4 episode(s) completed", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("return n/a +/- n/a", text.ToString(), StringComparison.Ordinal);
    }
}
