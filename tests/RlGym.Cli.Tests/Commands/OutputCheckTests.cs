using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary>Outputs are checked before any work starts: a place that cannot be written is one line and exit 2, and nothing earlier is overwritten.</summary>
public sealed class OutputCheckTests
{
    [Fact]
    public async Task Run_into_a_folder_that_cannot_take_its_log_is_refused_without_pointing_at_a_log()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["rlgym.log"]);

        string line = await UsageErrors.LineAsync("run", "Test/Steps-v0", "--out", folder.Path);

        Assert.StartsWith($"rlgym: error: Option '--out' is '{folder.Path}', which cannot be written", line, StringComparison.Ordinal);
        Assert.DoesNotContain("details in", line, StringComparison.Ordinal);
        Assert.False(File.Exists(folder["episodes.csv"]));
    }

    [Fact]
    public async Task Train_into_a_folder_that_cannot_take_its_log_is_refused()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["rlgym.log"]);

        string line = await UsageErrors.LineAsync("train", "--max-games", "10", "--out", folder.Path);

        Assert.StartsWith($"rlgym: error: Option '--out' is '{folder.Path}', which cannot be written", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_into_a_folder_below_a_file_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["file"], "x");

        string line = await UsageErrors.LineAsync("run", "Test/Steps-v0", "--out", Path.Combine(folder["file"], "out"));

        Assert.Contains("which cannot be created", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_refuses_a_folder_that_holds_an_earlier_run_and_leaves_it_as_it_was()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["episodes.csv"], "earlier");
        File.WriteAllText(folder["summary.json"], "{}");

        string line = await UsageErrors.LineAsync("run", "Test/Steps-v0", "--out", folder.Path);

        Assert.Equal($"rlgym: error: '{folder.Path}' already holds a run ({folder["episodes.csv"]}); choose a new or empty folder for --out, or move the earlier run away first.", line);
        Assert.Equal("earlier", File.ReadAllText(folder["episodes.csv"]));
        Assert.Equal("{}", File.ReadAllText(folder["summary.json"]));
    }

    [Fact]
    public async Task Arena_csv_into_a_missing_folder_is_refused_before_the_run()
    {
        using var folder = new TempFolder();
        string csv = Path.Combine(folder["missing"], "pairings.csv");

        string line = await UsageErrors.LineAsync("arena", "catmouse", "--cats", "random", "--mice", "random", "--episodes", "2", "--csv", csv);

        Assert.StartsWith($"rlgym: error: Option '--csv' is '{csv}', whose folder '{folder["missing"]}' does not exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arena_csv_in_a_folder_that_takes_no_files_is_refused_before_the_run()
    {
        // Even root cannot create a file in /proc.
        const string csv = "/proc/self/pairings.csv";

        string line = await UsageErrors.LineAsync("arena", "catmouse", "--cats", "random", "--mice", "random", "--episodes", "2", "--csv", csv);

        Assert.StartsWith($"rlgym: error: Option '--csv' is '{csv}', which cannot be written", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_onto_an_existing_file_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["recording"], "x");

        string line = await UsageErrors.LineAsync("run", "Doom/Basic-v0", "--episodes", "1", "--record", folder["recording"]);

        Assert.Equal($"rlgym: error: Option 'record_dir' is '{folder["recording"]}', which is a file; expected a directory (existing or new) to save episode GIFs in.", line);
        Assert.Equal("x", File.ReadAllText(folder["recording"]));
    }
}
