using System.Diagnostics.CodeAnalysis;
using RlGym.Core.Agents;
using RlGym.Core.Spaces;
using RlGym.Core.Tests.Fixtures;

namespace RlGym.Core.Tests.Agents;

public sealed class AgentRegistryTests
{
    private static AgentContext<float[], int> Context(IDisposable? env = null) =>
        new(env ?? new CounterEnvironment(), new Box<float>(-1000f, 1000f, 2), new Discrete(2), null, null);

    [Fact]
    public void Random_is_built_in_and_repeats_under_a_seed()
    {
        var registry = new AgentRegistry();
        var agent = registry.Create("random", Context());
        agent.BeginEpisode(4);
        var first = Enumerable.Range(0, 30).Select(_ => agent.Act([0f, 0f])).ToArray();
        agent.BeginEpisode(4);
        Assert.Equal(first, Enumerable.Range(0, 30).Select(_ => agent.Act([0f, 0f])));
        Assert.Equal([0, 1], first.Distinct().Order());
    }

    [Fact]
    public void Unknown_names_suggest_the_closest_and_list_all()
    {
        var error = Assert.Throws<UnknownAgentException>(() => new AgentRegistry().Create("randm", Context()));
        Assert.Contains("did you mean 'random'", error.Message, StringComparison.Ordinal);
        Assert.Contains("known agents: random", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_sharing_a_name_are_tried_in_order_and_reasons_are_reported()
    {
        var registry = new AgentRegistry();
        registry.Register(new PickyFactory("teacher", fits: false));
        var error = Assert.Throws<UnknownAgentException>(() => registry.Create("teacher", Context()));
        Assert.Contains("not my environment", error.Message, StringComparison.Ordinal);
        registry.Register(new PickyFactory("teacher", fits: true));
        var agent = registry.Create("teacher:some/path.ckpt", Context());
        Assert.Equal("teacher:some/path.ckpt", agent.Name);
    }

    [Theory]
    [InlineData("lstm:runs/a.ckpt", "lstm", "runs/a.ckpt")]
    [InlineData("random", "random", null)]
    [InlineData(" teacher : ", "teacher", null)]
    public void Specs_split_into_name_and_argument(string spec, string name, string? argument)
    {
        Assert.Equal((name, argument), AgentRegistry.Parse(spec));
    }

    [Theory]
    [InlineData("")]
    [InlineData(":x")]
    public void Empty_specs_are_rejected(string spec)
    {
        Assert.Throws<UserInputException>(() => AgentRegistry.Parse(spec));
    }

    [Fact]
    public void A_batch_of_ordinary_agents_is_one_agent_per_lane_each_made_for_its_lane()
    {
        var registry = new AgentRegistry();
        var lanes = Enumerable.Range(0, 3).Select(_ => Context()).ToArray();
        using var batch = registry.CreateBatch("random", lanes);
        var lone = registry.Create("random", Context());
        batch.BeginEpisodes([5, 6, 7]);
        var actions = new int[3];
        var seen = new List<int[]>();
        for (int step = 0; step < 20; step++)
        {
            batch.Act(new float[3][], actions);
            seen.Add([.. actions]);
        }
        for (int lane = 0; lane < 3; lane++)
        {
            lone.BeginEpisode(5 + (ulong)lane);
            Assert.Equal(seen.Select(a => a[lane]), Enumerable.Range(0, 20).Select(_ => lone.Act([0f, 0f])));
        }
        Assert.Equal(3, batch.Lanes);
        Assert.Throws<ArgumentException>(() => batch.BeginEpisodes([1, 2]));
    }

    [Fact]
    public void A_batch_with_no_lanes_or_an_unknown_name_is_refused()
    {
        var registry = new AgentRegistry();
        Assert.Throws<ArgumentException>(() => registry.CreateBatch<float[], int>("random", []));
        var error = Assert.Throws<UnknownAgentException>(() => registry.CreateBatch("randm", [Context()]));
        Assert.Contains("did you mean 'random'", error.Message, StringComparison.Ordinal);
    }

    private sealed class PickyFactory(string name, bool fits) : IAgentFactory
    {
        public string Name => name;

        public string Description => "test";

        public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
        {
            agent = fits ? new NamedAgent<TObs, TAction>($"{name}:{context.Argument}", context.ActionSpace) : null;
            whyNot = fits ? null : "not my environment";
            return fits;
        }
    }

    private sealed class NamedAgent<TObs, TAction>(string name, ISpace<TAction> actions) : IAgent<TObs, TAction>
    {
        public string Name => name;

        public void BeginEpisode(ulong seed)
        {
        }

        public TAction Act(TObs observation) => actions.Sample();

        public void Observe(in Transition<TObs, TAction> transition)
        {
        }

        public void EndEpisode(in EpisodeStats stats)
        {
        }
    }
}
