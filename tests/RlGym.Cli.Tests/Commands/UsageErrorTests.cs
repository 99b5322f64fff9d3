using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary>Every mistake a user can make on the command line: one line on stderr naming the value and what was expected, exit code 2.</summary>
public sealed class UsageErrorTests
{
    private static Task<string> UsageError(params string[] args) => UsageErrors.LineAsync(args);

    [Fact]
    public async Task An_unknown_environment_lists_the_closest_ids()
    {
        string line = await UsageError("run", "Test/Stepz-v0");

        Assert.Equal("rlgym: error: No environment 'Test/Stepz-v0' is registered. Closest: Test/Steps-v0, Test/Tag-v0, Test/Noisy-v0. Run 'rlgym list' to see them all.", line);
    }

    [Fact]
    public async Task An_unknown_agent_names_the_known_ones()
    {
        string line = await UsageError("run", "Test/Steps-v0", "--agent", "randm");

        Assert.Contains("Unknown agent 'randm' (did you mean 'random'?); known agents: ", line, StringComparison.Ordinal);
        Assert.Contains("human", line, StringComparison.Ordinal);
        Assert.Contains("random", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("-4")]
    public async Task Episodes_must_be_a_whole_number_of_at_least_one(string episodes)
    {
        string line = await UsageError("run", "Test/Steps-v0", "--episodes", episodes);

        Assert.StartsWith($"rlgym: error: Option '--episodes' is '{episodes}'; expected a whole number of at least 1.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_option_is_named()
    {
        string line = await UsageError("run", "Test/Steps-v0", "--option", "length");

        Assert.Equal("rlgym: error: Option 'length' is not of the form key=value.", line);
    }

    [Fact]
    public async Task An_option_the_environment_does_not_know_suggests_the_close_one()
    {
        string line = await UsageError("run", "Test/Steps-v0", "--option", "lenght=3");

        Assert.Contains("has no option 'lenght' (did you mean 'length'?)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_option_value_of_the_wrong_kind_is_named()
    {
        string line = await UsageError("run", "Test/Steps-v0", "--option", "length=long");

        Assert.Equal("rlgym: error: Option 'length' is long; expected an integer from 1 to 2147483647.", line);
    }

    [Fact]
    public async Task Out_that_is_an_existing_file_is_refused()
    {
        using var folder = new TempFolder();
        string file = folder["taken.txt"];
        File.WriteAllText(file, "x");

        string line = await UsageError("run", "Test/Steps-v0", "--out", file);

        Assert.Equal($"rlgym: error: Option '--out' is '{file}', which is a file; expected a folder (existing or new) to write episodes.csv and summary.json into.", line);
    }

    [Fact]
    public async Task Rgb_frames_need_an_output_folder()
    {
        string line = await UsageError("run", "Test/Steps-v0", "--render", "rgb");

        Assert.Contains("needs --out DIR", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_render_mode_the_environment_lacks_lists_its_modes()
    {
        string line = await UsageError("run", "Test/Noisy-v0", "--render", "ansi");

        Assert.Equal("rlgym: error: Environment 'Test/Noisy-v0' cannot render ansi; its render modes are: none.", line);
    }

    [Fact]
    public async Task An_unknown_role_lists_the_roles()
    {
        string line = await UsageError("run", "Test/Tag-v0", "--agent", "dog=random");

        Assert.Equal("rlgym: error: Environment 'Test/Tag-v0' has no role 'dog' (in 'dog=random'); its roles are: cat, mouse.", line);
    }

    [Fact]
    public async Task A_bad_render_value_lists_the_choices()
    {
        string line = await UsageError("run", "Test/Steps-v0", "--render", "png");

        Assert.Contains("'png'", line, StringComparison.Ordinal);
        Assert.Contains("ansi", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_seed_is_named()
    {
        string line = await UsageError("run", "Test/Steps-v0", "--seed", "-1");

        Assert.StartsWith("rlgym: error: Option '--seed' is '-1'; expected a whole number from 0 to 18446744073709551615.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_plugin_folder_is_named()
    {
        string line = await UsageError("--plugins", "/no/such/folder", "list");

        Assert.Equal("rlgym: error: Plugin folder '/no/such/folder' does not exist.", line);
    }

    [Fact]
    public async Task An_unknown_command_is_named()
    {
        string line = await UsageError("walk");

        Assert.StartsWith("rlgym: error: Unrecognized command or argument 'walk'.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_at_all_is_a_usage_error()
    {
        string line = await UsageError();

        Assert.Contains("command", line, StringComparison.OrdinalIgnoreCase);
    }
}
