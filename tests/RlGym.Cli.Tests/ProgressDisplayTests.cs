using RlGym.Cli.Tests.Fixtures;
using RlGym.Runner.Hosting;
using Xunit;

namespace RlGym.Cli.Tests;

public sealed class ProgressDisplayTests
{
    [Fact]
    public async Task A_run_that_goes_on_past_the_delay_shows_its_progress_before_the_table()
    {
        using var seen = new ManualResetEventSlim();
        // Ten one-step episodes; the sixth act holds until the progress line for half of them has been written.
        var stdout = new WatchedWriter("Test/Steps-v0: 10 episodes: 50%", seen);
        var context = new CliContext { Out = stdout, Error = new StringWriter(), ShowProgress = true, ProgressDelay = TimeSpan.Zero };

        var result = await Rlgym.RunAsync(["run", "Test/Steps-v0", "--option", "length=1", "--episodes", "10", "--agent", "gate"],
            s => s.AddAgent(new GateAgentFactory(seen, holdAtAct: 6)), context: context);

        Assert.Equal(0, result.ExitCode);
        Assert.True(seen.IsSet, result.Out);
        Assert.True(result.Out.IndexOf("50%", StringComparison.Ordinal) < result.Out.IndexOf("episode(s) from seed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--render=ansi")]
    public async Task Json_and_rendered_runs_show_no_progress(string flag)
    {
        var stdout = new StringWriter();
        var context = new CliContext { Out = stdout, Error = new StringWriter(), ShowProgress = true, ProgressDelay = TimeSpan.Zero };
        using var open = new ManualResetEventSlim(initialState: true);

        var result = await Rlgym.RunAsync(["run", "Test/Steps-v0", "--option", "length=1", "--episodes", "10", "--agent", "gate", flag],
            s => s.AddAgent(new GateAgentFactory(open, holdAtAct: 6)), context: context);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("%", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Test/Steps-v0: 10 episodes", 80)]
    [InlineData("NetHack/NetHack-Score-v0: 2147483647 episodes", 80)]
    [InlineData("NetHack/NetHack-Score-v0: 2147483647 episodes", 60)]
    [InlineData("Doom/Basic-v0: 100 episodes", 40)]
    public void The_progress_line_fits_the_console_width(string description, int width)
    {
        var (shown, bar) = Output.ProgressDisplay.Fit(description, width);

        Assert.True(shown.Length + bar + Output.ProgressDisplay.FixedWidth < width, $"{shown.Length} + {bar} at width {width}");
        Assert.InRange(bar, 10, 40);
        Assert.True(shown == description || (shown.EndsWith("...", StringComparison.Ordinal) && description.StartsWith(shown[..^3], StringComparison.Ordinal)), shown);
    }

    [Fact]
    public void A_short_description_is_kept_whole_beside_a_full_bar()
    {
        Assert.Equal(("Test/Steps-v0: 10 episodes", 33), Output.ProgressDisplay.Fit("Test/Steps-v0: 10 episodes", 80));
        Assert.Equal(("Test/Steps-v0: 10 episodes", 40), Output.ProgressDisplay.Fit("Test/Steps-v0: 10 episodes", 120));
    }
}
