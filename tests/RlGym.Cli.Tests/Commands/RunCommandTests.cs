using System.Globalization;
using System.Text.Json;
using RlGym.Cli.Tests.Fixtures;
using RlGym.Runner.Hosting;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    private static Task<CliResult> Run(params string[] args) => Rlgym.RunAsync(["run", .. args], s => s.AddAgent(new ScriptedAgentFactory()));

    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Out).RootElement;

    [Fact]
    public async Task Prints_each_episode_and_the_summary()
    {
        // Seeds 10, 11, 12 last 3, 4 and 2 steps; action 2 earns 2 a step.
        var result = await Run("Test/Steps-v0", "--agent", "scripted:2", "--episodes", "3", "--seed", "10");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = result.OutLines;
        Assert.Equal("Test/Steps-v0: 3 episode(s) from seed 10, agent scripted:2", lines[0]);
        Assert.Equal([["0", "10", "6", "3"], ["1", "11", "8", "4"], ["2", "12", "4", "2"]],
            lines[2..5].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..4]));
        Assert.Equal("episodes 3  return 6 +/- 1.633  length 3", lines[5]);
    }

    [Fact]
    public async Task Json_prints_only_the_summary_document()
    {
        var result = await Run("Test/Steps-v0", "--agent", "scripted:1", "--episodes", "3", "--seed", "10", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = Json(result);
        Assert.Equal("Test/Steps-v0", json.GetProperty("environment").GetString());
        Assert.Equal(3, json.GetProperty("episodes").GetInt32());
        Assert.Equal(3.0, json.GetProperty("meanReturn").GetDouble());
        Assert.Equal(9, json.GetProperty("totalSteps").GetInt64());
        Assert.Equal("scripted:1", json.GetProperty("roles")[0].GetProperty("agent").GetString());
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_returns_and_the_seed_is_reported_when_not_given()
    {
        var first = Json(await Run("Test/Noisy-v0", "--episodes", "5", "--seed", "42", "--json"));
        var again = Json(await Run("Test/Noisy-v0", "--episodes", "5", "--seed", "42", "--json"));
        var fresh = Json(await Run("Test/Noisy-v0", "--episodes", "5", "--json"));
        var replay = Json(await Run("Test/Noisy-v0", "--episodes", "5", "--json", "--seed", fresh.GetProperty("seed").GetUInt64().ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(first.GetProperty("meanReturn").GetDouble(), again.GetProperty("meanReturn").GetDouble());
        Assert.Equal(fresh.GetProperty("meanReturn").GetDouble(), replay.GetProperty("meanReturn").GetDouble());
    }

    [Fact]
    public async Task Out_writes_the_episodes_the_summary_and_the_log()
    {
        using var folder = new TempFolder();
        string output = folder["run"];

        var result = await Run("Test/Steps-v0", "--agent", "scripted:2", "--episodes", "4", "--seed", "10", "--out", output);

        Assert.Equal(0, result.ExitCode);
        string[] csv = File.ReadAllLines(Path.Combine(output, "episodes.csv"));
        Assert.Equal("episode,seed,return,length,seconds,terminated,truncated,aborted,abort_reason", csv[0]);
        Assert.Equal(["6", "8", "4", "6"], csv[1..].Select(l => l.Split(',')[2]));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        Assert.Equal(6.0, summary.RootElement.GetProperty("meanReturn").GetDouble());
        Assert.Contains("rlgym run Test/Steps-v0", File.ReadAllText(Path.Combine(output, "rlgym.log")), StringComparison.Ordinal);
        Assert.Contains($"Wrote episodes.csv and summary.json to {output}", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workers_write_the_episodes_one_worker_writes()
    {
        using var folder = new TempFolder();

        var alone = await Run("Test/Noisy-v0", "--episodes", "40", "--seed", "3", "--out", folder["one"]);
        var workers = await Run("Test/Noisy-v0", "--episodes", "40", "--seed", "3", "--workers", "2", "--out", folder["two"]);

        Assert.Equal((0, 0), (alone.ExitCode, workers.ExitCode));
        // Every column but the wall time of each episode.
        static string[][] Episodes(string folder) =>
            [.. File.ReadAllLines(Path.Combine(folder, "episodes.csv")).Skip(1).Select(l => l.Split(',')).Select(c => c[..4].Concat(c[5..]).ToArray())];
        var expected = Episodes(folder["one"]);
        Assert.Equal(40, expected.Length);
        Assert.Equal(expected, Episodes(folder["two"]));
    }

    [Theory]
    [InlineData("Test/Steps-v0", "--agent human", "a human agent plays one game at a time; use --workers 1 to play")]
    [InlineData("Test/Steps-v0", "--render ansi", "Rendering shows one environment at a time; render with one worker, not 2.")]
    [InlineData("Test/Tag-v0", "", "Environment 'Test/Tag-v0' is multi-agent; workers run single-agent environments, so run it with one worker, not 2.")]
    public async Task Workers_where_one_game_at_a_time_is_needed_are_a_usage_error(string environment, string extra, string expected)
    {
        var result = await Run([environment, "--workers", "2", "--episodes", "2", .. extra.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ansi_prints_every_frame()
    {
        var result = await Run("Test/Steps-v0", "--agent", "scripted:0", "--episodes", "1", "--seed", "12", "--render", "ansi");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["[]", "[#]", "[##]"], result.OutLines.Where(l => l.StartsWith('[')));
        Assert.Contains("-- episode 0, step 2", result.OutLines);
    }

    [Fact]
    public async Task Render_rgb_saves_a_png_per_frame()
    {
        using var folder = new TempFolder();

        var result = await Run("Test/Steps-v0", "--episodes", "1", "--seed", "12", "--render", "rgb", "--out", folder.Path);

        Assert.Equal(0, result.ExitCode);
        string[] pngs = Directory.GetFiles(Path.Combine(folder.Path, "frames"), "*.png");
        Assert.Equal(3, pngs.Length);
        Assert.All(pngs, p => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(p)[..4]));
        Assert.Contains("and 3 frame(s) in", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_reach_the_environment()
    {
        var result = await Run("Test/Steps-v0", "--option", "length=5", "--episodes", "2", "--json");

        Assert.Equal(5.0, Json(result).GetProperty("meanLength").GetDouble());
    }

    [Fact]
    public async Task Multi_agent_roles_get_their_agents_and_the_rest_play_random()
    {
        var both = Json(await Run("Test/Tag-v0", "--agent", "cat=scripted:2", "--agent", "mouse=scripted:1", "--episodes", "2", "--json"));
        var one = Json(await Run("Test/Tag-v0", "--agent", "mouse=scripted:1", "--episodes", "2", "--json"));

        Assert.True(both.GetProperty("multiAgent").GetBoolean());
        Assert.Equal([("cat", "scripted:2", 6.0), ("mouse", "scripted:1", 3.0)],
            both.GetProperty("roles").EnumerateArray().Select(r => (r.GetProperty("role").GetString(), r.GetProperty("agent").GetString(), r.GetProperty("meanReturn").GetDouble())));
        Assert.Equal(["random", "scripted:1"], one.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("agent").GetString()));
    }

    [Fact]
    public async Task Cancelling_writes_what_was_collected_and_exits_130()
    {
        using var folder = new TempFolder();
        using var interrupt = new CancellationTokenSource();
        // Seeds 10 and 11 take 3 and 4 acts; the 9th act falls in the third episode.
        var result = await Rlgym.RunAsync(
            ["run", "Test/Steps-v0", "--agent", "scripted:1", "--episodes", "100", "--seed", "10", "--out", folder.Path],
            s => s.AddAgent(new ScriptedAgentFactory(interrupt, interruptAtAct: 9)),
            cancellationToken: interrupt.Token);

        Assert.Equal(130, result.ExitCode);
        Assert.Equal([$"rlgym: interrupted after 2 of 100 episodes; what was collected is in {folder.Path}"], result.ErrorLines);
        Assert.Equal(3, File.ReadAllLines(folder["episodes.csv"]).Length);
        using var summary = JsonDocument.Parse(File.ReadAllText(folder["summary.json"]));
        Assert.True(summary.RootElement.GetProperty("cancelled").GetBoolean());
        Assert.Equal(2, summary.RootElement.GetProperty("episodes").GetInt32());
        Assert.Contains("Cancelled: 2 of 100 episode(s) completed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bug_in_an_environment_is_one_line_exit_1_and_a_trace_in_the_log()
    {
        using var folder = new TempFolder();

        var result = await Run("Test/Steps-v0", "--option", "explode=true", "--out", folder.Path);

        Assert.Equal(1, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("rlgym: error: unexpected InvalidOperationException: The test environment exploded on purpose.", line, StringComparison.Ordinal);
        Assert.Contains(folder["rlgym.log"], line, StringComparison.Ordinal);
        string log = File.ReadAllText(folder["rlgym.log"]);
        Assert.Contains("at RlGym.Cli.Tests.Fixtures.StepsEnvironment.Step", log, StringComparison.Ordinal);
    }
}
