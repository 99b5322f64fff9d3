using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests;

/// <summary>The built <c>rlgym</c> run as its own process: real exit codes, real Ctrl+C, and nothing but one line on stderr.</summary>
public sealed partial class OutOfProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Process Start(params string[] args)
    {
        // Through `env --default-signal=INT`: a test run started in the background by a shell without job control
        // (`./test.sh &`, some CI runners) has SIGINT ignored, a child inherits that, and .NET then leaves it ignored as
        // POSIX asks, so the Ctrl+C below would never arrive. The child gets SIGINT's default back, as a terminal's would.
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Rlgym.BuildPath("RlGymCliAssembly"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["XDG_STATE_HOME"] = _folder["state"];
        return Process.Start(start)!;
    }

    [Fact]
    public async Task An_unknown_environment_exits_2_with_one_line_and_no_stack_trace()
    {
        using var process = Start("run", "Xyzzy-v0", "--episodes", "2");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("", await stdout);
        Assert.Equal("rlgym: error: No environment 'Xyzzy-v0' is registered. Run 'rlgym list' to see them all." + Environment.NewLine, await stderr);
        Assert.Single(Directory.GetFiles(_folder["state/rlgym/logs"]));
    }

    [Fact]
    public async Task Ctrl_c_stops_the_run_writes_what_was_collected_and_exits_130()
    {
        string plugins = _folder["plugins"];
        Directory.CreateDirectory(plugins);
        File.Copy(Rlgym.BuildPath("TestPluginAssembly"), Path.Combine(plugins, "RlGym.TestPlugin.dll"));
        string output = _folder["out"];
        using var process = Start("--plugins", plugins, "run", "Plugin/Coin-v0", "--episodes", "2000000000", "--seed", "1", "--out", output);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        string csv = Path.Combine(output, "episodes.csv");
        var waited = Stopwatch.StartNew();
        while (!(File.Exists(csv) && new FileInfo(csv).Length > 1000) && !process.HasExited && waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, Kill(process.Id, SignalInterrupt));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(130, process.ExitCode);
        string error = await stderr;
        Assert.Matches(@"^rlgym: interrupted after \d+ of 2000000000 episodes; what was collected is in .+\n$", error);
        Assert.Contains("Cancelled: ", await stdout, StringComparison.Ordinal);
        int rows = File.ReadAllLines(csv).Length - 1;
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        Assert.True(summary.RootElement.GetProperty("cancelled").GetBoolean());
        Assert.Equal(rows, summary.RootElement.GetProperty("episodes").GetInt32());
        Assert.True(rows > 10, $"{rows} rows");
    }

    private const int SignalInterrupt = 2;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
