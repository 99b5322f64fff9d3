using RlGym.Agents.Doom.Gps;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom.Tests.Gps;

public sealed class ReloadLabelsTests
{
    [Fact]
    public void Waiting_for_the_pistol_with_a_monster_in_the_cross_hair_becomes_attack_and_nothing_else_changes()
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        DoomEnvironments.Register(environments, agents);
        using var env = environments.Make<IReadOnlyDictionary<string, object>, int>(DoomScenarios.DefendTheCenter.Id);
        Assert.True(env.TryGetPrivileged<DoomState>(out var privileged));
        var teacher = agents.Create("teacher", new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var labels = new ReloadLabels(DoomScenarios.DefendTheCenter.Buttons);
        int changed = 0;
        var observation = env.Reset(3).Observation;
        for (int step = 0; step < 600; step++)
        {
            var state = privileged.PrivilegedState;
            int action = teacher.Act(observation);
            int label = labels.Label(action, state);
            if (label != action)
            {
                changed++;
                Assert.Equal(0, action);
                Assert.Equal(1, label); // DefendTheCenter: 0 nothing, 1 ATTACK (the last button), 2 TURN_RIGHT, 3 TURN_LEFT.
                Assert.True(state.AimedObject >= 0 && !state.Player.WeaponReady);
            }
            var result = env.Step(action);
            if (result.IsDone)
            {
                break;
            }
            observation = result.Observation;
        }
        Assert.True(changed > 0, "the teacher should wait on a reload with a demon in sight at least once");
    }

    [Fact]
    public void Scenarios_without_attack_keep_every_label()
    {
        var labels = new ReloadLabels(DoomScenarios.HealthGathering.Buttons);
        var environments = new EnvRegistry();
        DoomEnvironments.Register(environments, new AgentRegistry());
        using var env = environments.Make<IReadOnlyDictionary<string, object>, int>(DoomScenarios.HealthGathering.Id);
        env.Reset(0);
        Assert.True(env.TryGetPrivileged<DoomState>(out var privileged));
        Assert.Equal(0, labels.Label(0, privileged.PrivilegedState));
        Assert.Equal(2, labels.Label(2, privileged.PrivilegedState));
    }
}
