using System.Text.Json;
using RlGym.Core.Agents;
using RlGym.Runner.Sinks;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests.Sinks;

public sealed class RunSummaryJsonTests
{
    [Fact]
    public void The_summary_file_holds_the_aggregate_of_the_run()
    {
        string path = Path.Combine(Path.GetTempPath(), $"rlgym-summary-{Guid.NewGuid():N}.json");
        try
        {
            var result = EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(2), new RunOptions { Episodes = 3, Seed = 10, Sinks = [new JsonSummarySink(path)] });

            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            Assert.Equal("ScriptedEnvironment", root.GetProperty("environment").GetString());
            Assert.False(root.GetProperty("multiAgent").GetBoolean());
            Assert.Equal(10UL, root.GetProperty("seed").GetUInt64());
            Assert.Equal(3, root.GetProperty("episodes").GetInt32());
            Assert.False(root.GetProperty("cancelled").GetBoolean());
            Assert.Equal(6.0, root.GetProperty("meanReturn").GetDouble());
            Assert.Equal(Math.Sqrt(8.0 / 3.0), root.GetProperty("stdReturn").GetDouble(), 12);
            Assert.Equal(3.0, root.GetProperty("meanLength").GetDouble());
            Assert.Equal(9, root.GetProperty("totalSteps").GetInt64());
            Assert.Equal(result.Summary.StepsPerSecond, root.GetProperty("stepsPerSecond").GetDouble(), 6);
            var role = Assert.Single(root.GetProperty("roles").EnumerateArray());
            Assert.Equal(("agent", "scripted", 4.0, 8.0),
                (role.GetProperty("role").GetString(), role.GetProperty("agent").GetString(), role.GetProperty("minReturn").GetDouble(), role.GetProperty("maxReturn").GetDouble()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Statistics_of_no_episodes_are_null()
    {
        var result = EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(0), new RunOptions { Episodes = 2 }, new CancellationToken(canceled: true));

        using var json = JsonDocument.Parse(RunSummaryJson.Serialize(result.Summary));

        Assert.True(json.RootElement.GetProperty("cancelled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("meanReturn").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("episodes").GetInt32());
    }

    [Fact]
    public void Multi_agent_summaries_list_each_role()
    {
        var agents = new Dictionary<string, IAgent<int, int>> { ["a"] = new ScriptedAgent(0, "one"), ["b"] = new ScriptedAgent(2, "two") };
        var result = EpisodeRunner.RunParallel(new DuelEnvironment(), agents, new RunOptions { Episodes = 2 });

        using var json = JsonDocument.Parse(RunSummaryJson.Serialize(result.Summary));

        Assert.True(json.RootElement.GetProperty("multiAgent").GetBoolean());
        Assert.Equal([("a", "one", 3.0), ("b", "two", 4.0)],
            json.RootElement.GetProperty("roles").EnumerateArray().Select(r => (r.GetProperty("role").GetString(), r.GetProperty("agent").GetString(), r.GetProperty("meanReturn").GetDouble())));
    }
}
