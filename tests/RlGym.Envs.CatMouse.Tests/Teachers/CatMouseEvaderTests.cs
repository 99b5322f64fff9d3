using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests.Teachers;

public sealed class CatMouseEvaderTests
{
    [Fact]
    public void The_greedy_chase_never_catches_the_evader_in_the_plain_duel()
    {
        Assert.Equal(0, Catches(CatMouseEnvironments.DuelId, "evader", 500));
        Assert.Equal(500, Catches(CatMouseEnvironments.DuelId, "teacher", 500));
    }

    [Fact]
    public void In_the_contest_the_evader_is_caught_less_often_than_the_flee_rule_but_not_never()
    {
        int evader = Catches(CatMouseEnvironments.ContestId, "evader", 500);
        int flee = Catches(CatMouseEnvironments.ContestId, "teacher", 500);
        Assert.InRange(evader, 1, flee - 1);
    }

    [Fact]
    public void It_steps_out_of_a_swap_and_away_from_the_wall()
    {
        var rules = new CatMouseDuelRules(0, 20);
        // The cat right beside it on the left: stepping left would swap, right runs away.
        Assert.Equal(Direction.Right, Teachers_Choose(new CatMouseState(2, 2, 3, 2, 6, 6, 0), rules));
        // Pinned at the right wall with the cat one cell left: up or down keeps it out of reach, up comes first.
        Assert.Equal(Direction.Up, Teachers_Choose(new CatMouseState(4, 2, 5, 2, 6, 6, 0), rules));
    }

    [Fact]
    public void It_plays_only_the_mouse_of_a_duel()
    {
        var (environments, agents) = TestKit.Registries();
        using var duel = environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId);
        var asCat = Assert.Throws<UnknownAgentException>(() =>
            agents.Create("evader", new AgentContext<CatMouseObservation, int>(duel, duel.ObservationSpace("cat"), duel.ActionSpace("cat"), "cat", null)));
        Assert.Contains("not 'cat'", asCat.Message, StringComparison.Ordinal);
        using var single = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        var alone = Assert.Throws<UnknownAgentException>(() =>
            agents.Create("evader", new AgentContext<CatMouseObservation, int>(single, single.ObservationSpace, single.ActionSpace, null, null)));
        Assert.Contains("duel", alone.Message, StringComparison.Ordinal);
    }

    private static Direction Teachers_Choose(CatMouseState state, CatMouseDuelRules rules) =>
        RlGym.Envs.CatMouse.Teachers.CatMouseEvader<CatMouseObservation>.Choose(state, rules);

    private static int Catches(string id, string mouseSpec, int duels)
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.MakeParallel<CatMouseObservation, int>(id);
        var cat = agents.Create("teacher", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace("cat"), env.ActionSpace("cat"), "cat", null));
        var mouse = agents.Create(mouseSpec, new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace("mouse"), env.ActionSpace("mouse"), "mouse", null));
        int catches = 0;
        for (ulong seed = 0; seed < (ulong)duels; seed++)
        {
            var observation = env.Reset(seed).Observations["cat"];
            while (true)
            {
                var step = env.Step(new Dictionary<string, int> { ["cat"] = cat.Act(observation), ["mouse"] = mouse.Act(observation) });
                if (step.Terminations["cat"])
                {
                    catches++;
                    break;
                }
                if (step.Truncations["cat"])
                {
                    break;
                }
                observation = step.Observations["cat"];
            }
        }
        return catches;
    }
}
