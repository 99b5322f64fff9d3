using System.Diagnostics;
using System.Runtime.Versioning;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests;

/// <summary>
/// The <c>./rlgym</c> launcher at the repository root, run in a copy of the repository's layout with a stand-in
/// <c>dotnet</c> that only writes down how it was called: it builds only when something changed, and says so.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class LauncherTests : IDisposable
{
    private static readonly DateTime Earlier = DateTime.UtcNow.AddHours(-2);
    private readonly TempFolder _folder = new();

    public LauncherTests()
    {
        File.Copy(Path.Combine(Rlgym.BuildPath("RepositoryRoot"), "rlgym"), _folder["rlgym"]);
        Directory.CreateDirectory(_folder["src/RlGym.Cli/bin/Release/net10.0"]);
        Directory.CreateDirectory(_folder["tools"]);
        foreach (string folder in new[] { "envs", "agents", "native" })
        {
            Directory.CreateDirectory(_folder[folder]);
        }
        Write("src/RlGym.Cli/Program.cs", Earlier);
        Write("Directory.Build.props", Earlier);
        File.WriteAllText(_folder["tools/dotnet"], $"#!/bin/sh\necho \"$*\" >> '{_folder["calls"]}'\n");
        File.SetUnixFileMode(_folder["tools/dotnet"], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_up_to_date_build_runs_at_once_without_building()
    {
        Built(Earlier.AddMinutes(10));

        var (error, calls) = await LaunchAsync("--help");

        Assert.Equal("", error);
        Assert.Equal([$"{_folder["src/RlGym.Cli/bin/Release/net10.0/rlgym.dll"]} --help"], calls);
    }

    [Fact]
    public async Task A_changed_source_rebuilds_and_says_so()
    {
        Built(Earlier.AddMinutes(10));
        Write("envs/Changed.cs", Earlier.AddMinutes(20));

        var (error, calls) = await LaunchAsync("list");

        Assert.Equal("rlgym: sources changed; rebuilding the command line (Release)...\n", error);
        Assert.Equal(2, calls.Length);
        Assert.StartsWith("build ", calls[0], StringComparison.Ordinal);
        Assert.EndsWith("rlgym.dll list", calls[1], StringComparison.Ordinal);
        Assert.True(File.GetLastWriteTimeUtc(_folder["src/RlGym.Cli/bin/Release/net10.0/rlgym.built"]) > Earlier.AddMinutes(20));
    }

    [Fact]
    public async Task A_fresh_clone_says_it_is_building_before_the_long_first_build()
    {
        var (error, calls) = await LaunchAsync("train");

        Assert.Equal("rlgym: building the command line (Release); the first build takes a minute or two...\n", error);
        Assert.StartsWith("build ", calls[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_outputs_and_intermediate_files_do_not_count_as_changes()
    {
        Built(Earlier.AddMinutes(10));
        Write("src/RlGym.Cli/obj/Release/net10.0/rlgym.AssemblyInfo.cs", Earlier.AddMinutes(20));

        var (error, calls) = await LaunchAsync("--help");

        Assert.Equal("", error);
        Assert.Single(calls);
    }

    private void Built(DateTime at)
    {
        Write("src/RlGym.Cli/bin/Release/net10.0/rlgym.dll", at);
        Write("src/RlGym.Cli/bin/Release/net10.0/rlgym.built", at);
    }

    private void Write(string path, DateTime at)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder[path])!);
        File.WriteAllText(_folder[path], "");
        File.SetLastWriteTimeUtc(_folder[path], at);
    }

    private async Task<(string Error, string[] Calls)> LaunchAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(_folder["rlgym"]);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["PATH"] = $"{_folder["tools"]}:{Environment.GetEnvironmentVariable("PATH")}";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(0, process.ExitCode);
        string[] calls = File.Exists(_folder["calls"]) ? File.ReadAllLines(_folder["calls"]) : [];
        return (await error, calls);
    }
}
