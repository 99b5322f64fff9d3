using System.Globalization;
using RlGym.Core.Agents;
using RlGym.Runner.Sinks;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests.Sinks;

public sealed class CsvEpisodeSinkTests
{
    [Fact]
    public void Writes_a_header_and_one_row_per_episode_with_crlf_line_ends()
    {
        var text = new StringWriter();
        using var sink = new CsvEpisodeSink(text);

        EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(2), new RunOptions { Episodes = 3, Seed = 10, Sinks = [sink] });

        string[] lines = text.ToString().Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.Equal("episode,seed,return,length,seconds,terminated,truncated,aborted,abort_reason", lines[0]);
        var rows = lines[1..^1].Select(l => l.Split(',')).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["0", "10", "6", "3"], rows[0][..4]);
        Assert.Equal(["1", "11", "8", "4"], rows[1][..4]);
        Assert.Equal(["2", "12", "4", "2", "true", "false", "false", ""], [.. rows[2][..4], .. rows[2][5..]]);
        Assert.All(rows, r => Assert.True(double.Parse(r[4], CultureInfo.InvariantCulture) >= 0));
    }

    [Fact]
    public void Multi_agent_runs_get_a_return_column_per_role_and_odd_names_are_quoted()
    {
        var text = new StringWriter();
        using var sink = new CsvEpisodeSink(text);
        var agents = new Dictionary<string, IAgent<int, int>> { ["cat"] = new ScriptedAgent(0), ["mouse, \"fast\""] = new ScriptedAgent(1) };

        EpisodeRunner.RunParallel(new DuelEnvironment("cat", "mouse, \"fast\""), agents, new RunOptions { Episodes = 1, Seed = 3, Sinks = [sink] });

        string[] lines = text.ToString().Split("\r\n");
        Assert.Equal("episode,seed,return_cat,\"return_mouse, \"\"fast\"\"\",length,seconds,terminated,truncated,aborted,abort_reason", lines[0]);
        Assert.StartsWith("0,3,3,2,3,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Returns_round_trip_exactly()
    {
        var text = new StringWriter();
        using var sink = new CsvEpisodeSink(text);
        var env = new NoisyEnvironment();

        var result = EpisodeRunner.Run(env, new RandomAgent<int, int>(env.ActionSpace), new RunOptions { Episodes = 5, Seed = 1, Sinks = [sink] });

        var written = text.ToString().Split("\r\n")[1..^1].Select(l => double.Parse(l.Split(',')[2], CultureInfo.InvariantCulture));
        Assert.Equal(result.Episodes.Select(e => e.Return), written);
    }

    [Fact]
    public void A_cancelled_run_leaves_every_completed_episode_in_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"rlgym-csv-{Guid.NewGuid():N}.csv");
        try
        {
            using var cancel = new CancellationTokenSource();
            using (var sink = CsvEpisodeSink.Create(path))
            {
                var stopper = new RecordingSink { OnEpisode = e => { if (e.Index == 1) { cancel.Cancel(); } } };
                EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(1), new RunOptions { Episodes = 10, Sinks = [sink, stopper] }, cancel.Token);
            }

            Assert.Equal(3, File.ReadAllLines(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
