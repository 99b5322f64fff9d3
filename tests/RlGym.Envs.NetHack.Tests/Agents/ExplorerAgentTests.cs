using RlGym.Core.Agents;

namespace RlGym.Envs.NetHack.Tests.Agents;

public sealed class ExplorerAgentTests
{
    [Theory]
    [InlineData(null)] // NLE's default keys: prompts and the staircase read off the terminal
    [InlineData("chars+colors+blstats+message+tty_colors+misc+internal")] // the game's own flags
    public void TheExplorerFindsTheStaircaseDownOnMostSeeds(string? keys)
    {
        using var env = TestKit.Make("NetHackStaircase-v0", keys is null ? null : RlGym.Core.EnvOptions.Of(("observation_keys", keys)));
        var agent = Explorer(env);
        int found = 0;
        for (ulong seed = 1; seed <= 6; seed++)
        {
            var observation = env.Reset(seed).Observation;
            agent.BeginEpisode(seed);
            while (true)
            {
                var result = env.Step(agent.Act(observation));
                observation = result.Observation;
                if (result.IsDone)
                {
                    found += NetHackInfo.StatusSuccess.Equals(result.Info[NetHackInfo.EndStatus]) ? 1 : 0;
                    break;
                }
            }
        }
        Assert.True(found >= 4, $"the explorer found the stairs on {found} of 6 seeds");
    }

    [Fact]
    public void OnTheScoreTaskTheExplorerGoesDeeperThanRandomActions()
    {
        const ulong Seed = 4;
        Assert.True(DeepestLevel("explorer", Seed) > DeepestLevel("random", Seed));
    }

    [Fact]
    public void TheExplorerSaysWhichKeysItNeeds()
    {
        using var env = TestKit.Make("NetHackScore-v0", RlGym.Core.EnvOptions.Of(("observation_keys", "chars+colors+blstats+message+tty_colors")));
        var error = Assert.Throws<UnknownAgentException>(() => Explorer(env));
        Assert.Contains("tty_chars and tty_cursor (or misc and internal)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheExplorerDeclinesTheFullKeyboard()
    {
        using var env = TestKit.Make("NetHackChallenge-v0");
        var error = Assert.Throws<UnknownAgentException>(() => Explorer(env));
        Assert.Contains("23-action task set", error.Message, StringComparison.Ordinal);
    }

    private static long DeepestLevel(string agentName, ulong seed)
    {
        using var env = TestKit.Make("NetHackScore-v0", RlGym.Core.EnvOptions.Of(("max_episode_steps", 1500)));
        var agent = TestKit.Agents().Create(agentName, Context(env));
        var observation = env.Reset(seed).Observation;
        agent.BeginEpisode(seed);
        long deepest = 1;
        while (true)
        {
            var result = env.Step(agent.Act(observation));
            observation = result.Observation;
            deepest = Math.Max(deepest, ((long[])observation[NetHackObservation.Blstats])[Blstats.Depth]);
            if (result.IsDone)
            {
                return deepest;
            }
        }
    }

    private static IAgent<IReadOnlyDictionary<string, object>, int> Explorer(RlGym.Core.IEnvironment<IReadOnlyDictionary<string, object>, int> env) =>
        TestKit.Agents().Create("explorer", Context(env));

    private static AgentContext<IReadOnlyDictionary<string, object>, int> Context(RlGym.Core.IEnvironment<IReadOnlyDictionary<string, object>, int> env) =>
        new(env, env.ObservationSpace, env.ActionSpace, null, null);
}
