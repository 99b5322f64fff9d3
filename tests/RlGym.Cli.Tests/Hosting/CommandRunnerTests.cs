using RlGym.Cli.Tests.Fixtures;
using RlGym.Runner.Hosting;
using Xunit;

namespace RlGym.Cli.Tests.Hosting;

/// <summary>How a command's failure becomes an exit code: the user's mistakes are 2 and one line, bugs are 1 with the trace in the log.</summary>
public sealed class CommandRunnerTests
{
    [Fact]
    public async Task An_ArgumentException_from_deep_inside_is_a_bug_exit_1_with_its_trace_in_the_log()
    {
        using var folder = new TempFolder();

        var result = await Rlgym.RunAsync(["run", "Test/Steps-v0", "--option", "misindex=true", "--episodes", "1", "--out", folder.Path]);

        Assert.True(result.ExitCode == 1, result.ToString());
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("rlgym: error: unexpected ArgumentOutOfRangeException: ", line, StringComparison.Ordinal);
        Assert.Contains(folder["rlgym.log"], line, StringComparison.Ordinal);
        string log = File.ReadAllText(folder["rlgym.log"]);
        Assert.Contains("at RlGym.Cli.Tests.Fixtures.StepsEnvironment.Step", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_input_exception_is_exit_2_and_one_line_without_a_parameter_suffix()
    {
        var result = await Rlgym.RunAsync(["run", "Test/Steps-v0", "--agent", "scripted:7"], s => s.AddAgent(new ScriptedAgentFactory()));

        Assert.True(result.ExitCode == 2, result.ToString());
        string line = Assert.Single(result.ErrorLines);
        Assert.Equal("rlgym: error: Action 7 is not in the action space Discrete(3).", line);
    }
}
