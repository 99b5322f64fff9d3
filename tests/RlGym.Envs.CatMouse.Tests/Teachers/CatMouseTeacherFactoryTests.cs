using System.Diagnostics.CodeAnalysis;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests.Teachers;

public sealed class CatMouseTeacherFactoryTests
{
    [Fact]
    public void The_mouse_teacher_plays_the_seeds_flee_rule_from_privileged_state()
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        var teacher = agents.Create("teacher", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        for (ulong seed = 0; seed < 30; seed++)
        {
            var observation = env.Reset(seed).Observation;
            teacher.BeginEpisode(seed);
            bool startedOnCat = TestKit.State(env).SameCell;
            for (bool done = false; !done;)
            {
                int action = teacher.Act(observation);
                Assert.Equal((int)CatMouseRules.FleeDirection(TestKit.State(env)), action);
                var result = env.Step(action);
                Assert.True(startedOnCat || result.Reward >= 0, "the teacher never moves the mouse closer");
                (observation, done) = (result.Observation, result.IsDone);
            }
        }
    }

    [Fact]
    public void With_compass_actions_the_teacher_answers_quadrant_midpoints()
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.Make<CatMouseObservation, float[]>(CatMouseEnvironments.CatMouseId, EnvOptions.Of(("actions", "compass")));
        var teacher = agents.Create("teacher", new AgentContext<CatMouseObservation, float[]>(env, env.ObservationSpace, env.ActionSpace, "mouse", null));
        var observation = env.Reset(options: TestKit.Place(2, 2, 3, 4)).Observation;
        Assert.Equal([0.125f], teacher.Act(observation)); // up, by the seed's rule
        env.Reset(options: TestKit.Place(3, 3, 1, 4));
        Assert.Equal([0.875f], teacher.Act(observation)); // left
    }

    [Fact]
    public void In_the_duel_the_cat_chases_and_the_mouse_flees()
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId);
        var cat = agents.Create("teacher", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace("cat"), env.ActionSpace("cat"), "cat", null));
        var mouse = agents.Create("teacher", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace("mouse"), env.ActionSpace("mouse"), "mouse", null));
        var observation = env.Reset(options: TestKit.Place(0, 0, 2, 4)).Observations["cat"];
        Assert.Equal((int)Direction.Up, cat.Act(observation));   // |dy| 4 > |dx| 2
        Assert.Equal((int)Direction.Up, mouse.Act(observation)); // dy 4 > dx 2
        var turns = env.AsTurnBased();
        var viaWrapper = agents.Create("teacher", new AgentContext<CatMouseObservation, int>(turns, env.ObservationSpace("cat"), env.ActionSpace("cat"), "cat", null));
        Assert.Equal((int)Direction.Up, viaWrapper.Act(observation));
    }

    [Fact]
    public void Unknown_roles_are_declined_with_the_reason()
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId);
        var error = Assert.Throws<UnknownAgentException>(() =>
            agents.Create("teacher", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace("cat"), env.ActionSpace("cat"), "dog", null)));
        Assert.Contains("not 'dog'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_environments_are_left_to_their_own_teacher()
    {
        var (environments, agents) = TestKit.Registries();
        using var other = new MemoryStream();
        var declined = Assert.Throws<UnknownAgentException>(() =>
            agents.Create("teacher", new AgentContext<int, int>(other, new RlGym.Core.Spaces.Discrete(3), new RlGym.Core.Spaces.Discrete(2), null, null)));
        Assert.Contains("CatMouseState", declined.Message, StringComparison.Ordinal);

        agents.Register(new OtherTeacherFactory());
        var agent = agents.Create("teacher", new AgentContext<int, int>(other, new RlGym.Core.Spaces.Discrete(3), new RlGym.Core.Spaces.Discrete(2), null, null));
        Assert.Equal("other teacher", agent.Name);
        using var env = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        Assert.Equal("teacher", agents.Create("teacher", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null)).Name);
    }

    [Fact]
    public void An_argument_is_refused()
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        var error = Assert.ThrowsAny<ArgumentException>(() =>
            agents.Create("teacher:fast", new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null)));
        Assert.Contains("no argument", error.Message, StringComparison.Ordinal);
    }

    private sealed class OtherTeacherFactory : IAgentFactory
    {
        public string Name => "teacher";

        public string Description => "A teacher for some other environment.";

        public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
        {
            agent = new Named<TObs, TAction>(context.ActionSpace);
            whyNot = null;
            return true;
        }

        private sealed class Named<TObs, TAction>(RlGym.Core.Spaces.ISpace<TAction> space) : IAgent<TObs, TAction>
        {
            public string Name => "other teacher";

            public void BeginEpisode(ulong seed) => space.Seed(seed);

            public TAction Act(TObs observation) => space.Sample();

            public void Observe(in Transition<TObs, TAction> transition)
            {
            }

            public void EndEpisode(in EpisodeStats stats)
            {
            }
        }
    }
}
