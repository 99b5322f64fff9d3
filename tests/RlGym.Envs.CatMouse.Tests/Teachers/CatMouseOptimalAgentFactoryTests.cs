using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.CatMouse.Planning;
using RlGym.Envs.CatMouse.Tests.Planning;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests.Teachers;

public sealed class CatMouseOptimalAgentFactoryTests
{
    [Theory]
    [InlineData(6, 6)]
    [InlineData(7, 4)]
    public void On_every_start_the_optimal_agent_earns_the_optimum_never_less_than_the_teacher_and_more_on_some(int width, int height)
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId, EnvOptions.Of(("width", width), ("height", height)));
        var optimal = agents.Create("optimal", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var teacher = agents.Create("teacher", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        int better = 0;
        for (int catX = 0; catX < width; catX++)
        {
            for (int catY = 0; catY < height; catY++)
            {
                for (int mouseX = 0; mouseX < width; mouseX++)
                {
                    for (int mouseY = 0; mouseY < height; mouseY++)
                    {
                        var place = TestKit.Place(catX, catY, mouseX, mouseY);
                        double optimalReturn = Play(env, optimal, place);
                        double teacherReturn = Play(env, teacher, place);
                        var start = new CatMouseState(catX, catY, mouseX, mouseY, width, height, 0);
                        Assert.Equal(CatMouseOptimum.OptimalReturn(start, CatMouseEnvironments.GameLength), optimalReturn);
                        Assert.Equal(CatMouseOptimumTests.FleeReturn(start, CatMouseEnvironments.GameLength), teacherReturn);
                        Assert.True(optimalReturn >= teacherReturn, $"from {start} the optimum {optimalReturn} is below the teacher's {teacherReturn}");
                        better += optimalReturn > teacherReturn ? 1 : 0;
                    }
                }
            }
        }
        Assert.True(better > 0, "the optimum should beat the flee rule on some start");
    }

    [Fact]
    public void A_horizon_argument_plans_for_that_many_moves()
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId, EnvOptions.Of(("max_episode_steps", 3)));
        var planned = agents.Create("optimal:3", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var farSighted = agents.Create("optimal", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var place = TestKit.Place(2, 2, 0, 0);
        // From the corner (0, 0), four cells from the cat on (2, 2): in ten moves the best is the far corner (5, 5)
        // (+2), which starts by moving closer; in three moves nothing beats staying put against the walls (0).
        Assert.Equal(0.0, Play(env, planned, place));
        Assert.Equal(-1.0, Play(env, farSighted, place));
    }

    [Fact]
    public void With_compass_actions_it_answers_quadrant_midpoints()
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.Make<CatMouseObservation, float[]>(CatMouseEnvironments.CatMouseId, EnvOptions.Of(("actions", "compass")));
        var optimal = agents.Create("optimal", new AgentContext<CatMouseObservation, float[]>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var observation = env.Reset(options: TestKit.Place(2, 2, 0, 2)).Observation;
        float reading = Assert.Single(optimal.Act(observation));
        Assert.Contains(reading, new[] { 0.125f, 0.375f, 0.625f, 0.875f });
    }

    [Fact]
    public void The_duel_and_bad_horizons_are_refused_in_one_line()
    {
        var (environments, agents) = TestKit.Registries();
        using var duel = environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId);
        var declined = Assert.Throws<UnknownAgentException>(() =>
            agents.Create("optimal", new AgentContext<CatMouseObservation, int>(duel, duel.ObservationSpace("mouse"), duel.ActionSpace("mouse"), "mouse", null)));
        Assert.Contains("stationary cat", declined.Message, StringComparison.Ordinal);
        using var env = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        foreach (string spec in new[] { "optimal:0", "optimal:ten", "optimal:-3" })
        {
            var error = Assert.ThrowsAny<ArgumentException>(() =>
                agents.Create(spec, new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null)));
            Assert.Contains("not a horizon", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Acting_allocates_nothing_once_warm()
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        var optimal = agents.Create("optimal", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var observation = env.Reset(seed: 5).Observation;
        long bytes = TestKit.SteadyStateAllocation(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                optimal.Act(observation);
            }
        });
        Assert.Equal(0, bytes);
    }

    private static double Play(IEnvironment<CatMouseObservation, int> env, IAgent<CatMouseObservation, int> agent, EnvOptions place)
    {
        var observation = env.Reset(options: place).Observation;
        agent.BeginEpisode(0);
        double total = 0;
        for (bool done = false; !done;)
        {
            var step = env.Step(agent.Act(observation));
            total += step.Reward;
            (observation, done) = (step.Observation, step.IsDone);
        }
        return total;
    }
}
