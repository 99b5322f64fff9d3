using System.Text.RegularExpressions;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests;

/// <summary>The README's commands, read as a newcomer copies them.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Rlgym.BuildPath("RepositoryRoot"), "README.md"));

    [Fact]
    public void Commands_write_their_files_under_runs_never_into_the_repository_root()
    {
        var outputs = CodeBlock().Matches(Readme).SelectMany(block => OutputOption().Matches(block.Value)).Select(m => m.Groups["path"].Value).ToList();

        Assert.NotEmpty(outputs);
        Assert.All(outputs, path => Assert.StartsWith("runs/", path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_plugins_examples_point_at_built_plugin_folders()
    {
        var folders = CodeBlock().Matches(Readme).SelectMany(block => PluginsOption().Matches(block.Value)).Select(m => m.Groups["path"].Value).ToList();

        Assert.NotEmpty(folders);
        // Each folder is a plugin project's build output (PROJECT/bin/Release/net10.0), which holds PROJECT.dll.
        Assert.All(folders, folder =>
        {
            string project = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(folder))))!;
            Assert.True(File.Exists(Path.Combine(Rlgym.BuildPath("RepositoryRoot"), folder, project + ".dll")), $"--plugins {folder} holds no {project}.dll");
        });
    }

    [GeneratedRegex(@"--plugins (?<path>[^\s`]+)")]
    private static partial Regex PluginsOption();

    [GeneratedRegex(@"```bash\n.*?```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"--(?:out|db|csv|record) (?<path>[^\s`]+)")]
    private static partial Regex OutputOption();
}
