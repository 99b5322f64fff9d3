using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class PlayCommandTests
{
    [Fact]
    public async Task Keys_of_the_environments_key_map_play_it_and_the_board_is_drawn_after_every_step()
    {
        // Seed 11 lasts 4 steps: d d s a earns 2 + 2 + 1 + 0.
        var result = await Rlgym.RunAsync(["play", "Test/Steps-v0", "--seed", "11"], input: "d\nd\ns\na\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("you: a plays 0, s plays 1, d plays 2. Type a key (its letter, or up, down, left, right, space) or an action in Discrete(3), then press Enter; q quits.", result.OutLines);
        Assert.Equal(["[]", "[#]", "[##]", "[###]", "[####]"], result.OutLines.Where(l => l.StartsWith('[')));
        Assert.Contains("you: episode over after 4 steps (terminated), return 5", result.OutLines);
        Assert.Contains(result.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["0", "11", "5", "4", _, "terminated"]);
    }

    [Fact]
    public async Task Without_a_key_map_the_player_types_actions_and_bad_ones_are_explained()
    {
        var result = await Rlgym.RunAsync(["play", "Test/Noisy-v0", "--seed", "5"], input: "x\n9\n" + string.Concat(Enumerable.Repeat("3\n", 10)));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("you: Type an action in Discrete(4) and press Enter; q quits.", result.OutLines);
        Assert.Contains("you sees 0", result.OutLines);
        Assert.Contains(result.OutLines, l => l.Contains("'x' is not a whole number.", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Contains("9 is not in the action space Discrete(4).", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("you: episode over after", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Q_quits_without_taking_another_step()
    {
        var result = await Rlgym.RunAsync(["play", "Test/Steps-v0", "--seed", "11", "--episodes", "3"], input: "d\nq\nd\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["[]", "[#]"], result.OutLines.Where(l => l.StartsWith('[')));
        Assert.Equal("Quit.", result.OutLines[^1]);
        Assert.Contains("Cancelled: 0 of 3 episode(s) completed; the partial episode is not counted.", result.OutLines);
    }

    [Fact]
    public async Task The_end_of_the_input_quits()
    {
        var result = await Rlgym.RunAsync(["play", "Test/Steps-v0", "--seed", "11"], input: "d\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Quit.", result.OutLines[^1]);
    }

    [Fact]
    public async Task In_a_multi_agent_environment_the_player_takes_the_roles_no_agent_was_given()
    {
        var result = await Rlgym.RunAsync(["play", "Test/Tag-v0", "--agent", "mouse=random", "--seed", "1"], input: "2\n2\n2\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("cat: Type an action in Discrete(3) and press Enter; q quits.", result.OutLines);
        Assert.Equal(3, result.Out.Split("cat> ").Length - 1);
        Assert.DoesNotContain("mouse>", result.Out, StringComparison.Ordinal);
        Assert.Contains("cat: episode over after 3 steps (terminated), return 6", result.OutLines);
        Assert.Contains("tag step 3", result.OutLines);
    }

    [Fact]
    public async Task Without_a_terminal_the_hint_offers_typed_keys_and_numbers_and_both_are_played()
    {
        // Seed 11 lasts 4 steps; the typed action 2 and the key d both push 2.
        var result = await Rlgym.RunAsync(["play", "Test/Steps-v0", "--seed", "11"], input: "2\nd\n1\na\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("you: a plays 0", StringComparison.Ordinal) && l.Contains("Type a key", StringComparison.Ordinal) && l.Contains("or an action in Discrete(3)", StringComparison.Ordinal));
        Assert.Contains("you: episode over after 4 steps (terminated), return 5", result.OutLines);
    }
}
