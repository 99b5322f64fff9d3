using RlGym.Core.MultiAgent;

namespace RlGym.Core.Tests.MultiAgent;

public sealed class AgentPairTests
{
    private static readonly string[] Agents = ["cat", "mouse"];

    [Fact]
    public void A_pair_reads_like_a_dictionary_of_its_two_agents()
    {
        var pair = new AgentPair<double>(Agents, 1.0, -1.0);

        Assert.Equal(2, pair.Count);
        Assert.Equal(1.0, pair["cat"]);
        Assert.Equal(-1.0, pair["mouse"]);
        Assert.True(pair.ContainsKey("mouse"));
        Assert.False(pair.TryGetValue("dog", out _));
        Assert.Equal(new Dictionary<string, double> { ["cat"] = 1.0, ["mouse"] = -1.0 }, pair.ToDictionary());
        Assert.Equal(Agents, pair.Keys);
        Assert.Equal([1.0, -1.0], pair.Values);
        var error = Assert.Throws<KeyNotFoundException>(() => pair["dog"]);
        Assert.Contains("'dog'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_needs_two_distinct_names()
    {
        Assert.Throws<ArgumentException>(() => new AgentPair<int>(["cat"], 1, 2));
        Assert.Throws<ArgumentException>(() => new AgentPair<int>(["cat", "cat"], 1, 2));
    }
}
