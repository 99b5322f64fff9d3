using RlGym.Agents.CatMouse.Agents;
using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Agents.CatMouse.Tests.Evaluation;
using RlGym.Agents.CatMouse.Tests.Lstm;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Tests.Agents;

[Collection(TrainedBrainsCollection.Name)]
public sealed class CatMouseAgentsTests(TrainedBrains brains) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-agents-").FullName;
    private readonly EnvRegistry _environments = new();
    private readonly AgentRegistry _agents = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Register()
    {
        CatMouseEnvironments.Register(_environments, _agents);
        CatMouseAgents.Register(_agents);
    }

    [Fact]
    public void The_lstm_mouse_plays_CatMouse_v0_as_its_brain_decides_and_mostly_as_the_teacher()
    {
        Register();
        using var env = _environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        var agent = _agents.Create("lstm:" + brains.MousePath, new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        Assert.Equal("lstm:" + brains.MousePath, agent.Name);
        using var brain = LstmBrainFile.Load(brains.MousePath);
        using var replay = brain.Play(1);
        int moves = 0, agreed = 0;
        for (ulong seed = 0; seed < 20; seed++)
        {
            var observation = env.Reset(seed).Observation;
            agent.BeginEpisode(seed);
            replay.BeginGames(1);
            for (bool done = false; !done;)
            {
                int action = agent.Act(observation);
                var expected = new Direction[1];
                replay.Decide([observation], expected);
                Assert.Equal((int)expected[0], action);
                agreed += action == (int)CatMouseRules.FleeDirection(State(env)) ? 1 : 0;
                moves++;
                var step = env.Step(action);
                (observation, done) = (step.Observation, step.IsDone);
            }
        }
        Assert.True(agreed > moves * 0.9, $"agreed with the teacher on {agreed} of {moves} moves");
    }

    [Fact]
    public void With_compass_actions_the_lstm_answers_its_directions_midpoint()
    {
        Register();
        using var env = _environments.Make<CatMouseObservation, float[]>(CatMouseEnvironments.CatMouseId, EnvOptions.Of(("actions", "compass")));
        var agent = _agents.Create("lstm:" + brains.MousePath, new AgentContext<CatMouseObservation, float[]>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var observation = env.Reset(3).Observation;
        agent.BeginEpisode(3);
        for (int move = 0; move < 10; move++)
        {
            float[] action = agent.Act(observation);
            Assert.Single(action);
            Assert.Contains(action[0], new[] { 0.125f, 0.375f, 0.625f, 0.875f });
            Assert.True(env.ActionSpace.Contains(action));
            var step = env.Step(action);
            if (step.IsDone)
            {
                break;
            }
            observation = step.Observation;
        }
    }

    [Fact]
    public void In_the_duel_the_lstm_cat_chases_and_the_lstm_mouse_flees()
    {
        Register();
        using var env = _environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId);
        var cat = _agents.Create("lstm:" + brains.CatPath, new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace("cat"), env.ActionSpace("cat"), "cat", null));
        var mouse = _agents.Create("lstm:" + brains.MousePath, new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace("mouse"), env.ActionSpace("mouse"), "mouse", null));
        int moves = 0, chased = 0;
        for (ulong seed = 0; seed < 10; seed++)
        {
            var observation = env.Reset(seed).Observations["cat"];
            cat.BeginEpisode(seed);
            mouse.BeginEpisode(seed);
            while (env.Agents.Count > 0)
            {
                var state = State(env);
                int catMove = cat.Act(observation);
                int mouseMove = mouse.Act(observation);
                chased += catMove == (int)CatMouseRules.ChaseDirection(state) ? 1 : 0;
                moves++;
                var step = env.Step(new Dictionary<string, int> { ["cat"] = catMove, ["mouse"] = mouseMove });
                observation = step.Observations["cat"];
            }
        }
        Assert.True(chased > moves * 0.9, $"chased as the teacher on {chased} of {moves} moves");
    }

    [Fact]
    public void A_brain_asked_to_play_the_other_role_is_refused_naming_the_checkpoint()
    {
        Register();
        using var duel = _environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId);
        var asMouse = Assert.Throws<UserInputException>(() => _agents.Create("lstm:" + brains.CatPath,
            new AgentContext<CatMouseObservation, int>(duel, duel.ObservationSpace("mouse"), duel.ActionSpace("mouse"), "mouse", null)));
        Assert.Contains($"'{brains.CatPath}' holds a cat brain", asMouse.Message, StringComparison.Ordinal);
        Assert.Contains("play the mouse in CatMouseDuel-v0", asMouse.Message, StringComparison.Ordinal);

        using var single = _environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        var inSingle = Assert.Throws<UserInputException>(() => _agents.Create("lstm:" + brains.CatPath,
            new AgentContext<CatMouseObservation, int>(single, single.ObservationSpace, single.ActionSpace, null, null)));
        Assert.Contains("play the mouse in CatMouse-v0", inSingle.Message, StringComparison.Ordinal);

        string elman = SaveElman(BrainRole.Mouse);
        var elmanAsCat = Assert.Throws<UserInputException>(() => _agents.Create("elman:" + elman,
            new AgentContext<CatMouseObservation, int>(duel, duel.ObservationSpace("cat"), duel.ActionSpace("cat"), "cat", null)));
        Assert.Contains($"'{elman}' holds a mouse brain", elmanAsCat.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_damaged_checkpoints_are_refused_naming_the_path()
    {
        Register();
        using var env = _environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        var context = new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null);
        string missing = Path.Combine(_folder, "missing.ckpt");
        Assert.Contains(missing, Assert.Throws<UserInputException>(() => _agents.Create("lstm:" + missing, context)).Message, StringComparison.Ordinal);
        Assert.Contains(missing, Assert.Throws<UserInputException>(() => _agents.Create("elman:" + missing, context)).Message, StringComparison.Ordinal);

        string damaged = Path.Combine(_folder, "damaged.ckpt");
        byte[] bytes = File.ReadAllBytes(brains.MousePath);
        bytes[40] ^= 0xFF;
        File.WriteAllBytes(damaged, bytes);
        Assert.Contains(damaged, Assert.Throws<UserInputException>(() => _agents.Create("lstm:" + damaged, context)).Message, StringComparison.Ordinal);
        Assert.Contains(brains.MousePath, Assert.Throws<UserInputException>(() => _agents.Create("elman:" + brains.MousePath, context)).Message, StringComparison.Ordinal);

        var noPath = Assert.Throws<UserInputException>(() => _agents.Create("lstm", context));
        Assert.Contains("lstm:PATH", noPath.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_elman_mouse_acts_with_its_compass_reading_or_the_move_it_stands_for()
    {
        Register();
        var network = ElmanPolicyTests.Seeded(8);
        string path = SaveElman(BrainRole.Mouse, network);
        using var discrete = _environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        using var compass = _environments.Make<CatMouseObservation, float[]>(CatMouseEnvironments.CatMouseId, EnvOptions.Of(("actions", "compass")));
        var byMove = _agents.Create("elman:" + path, new AgentContext<CatMouseObservation, int>(discrete, discrete.ObservationSpace, discrete.ActionSpace, null, null));
        var byReading = _agents.Create("elman:" + path, new AgentContext<CatMouseObservation, float[]>(compass, compass.ObservationSpace, compass.ActionSpace, null, null));
        var observation = discrete.Reset(4).Observation;
        compass.Reset(4);
        byMove.BeginEpisode(4);
        byReading.BeginEpisode(4);
        network.BeginSequence();
        for (int move = 0; move < 10; move++)
        {
            var s = State(discrete);
            double reading = network.Predict([s.CatX / 5.0, s.CatY / 5.0, s.MouseX / 5.0, s.MouseY / 5.0]);
            int action = byMove.Act(observation);
            float[] compassAction = byReading.Act(observation);
            Assert.Equal((int)CatMouseRules.FromCompass(reading), action);
            Assert.Equal([(float)reading], compassAction);
            var step = discrete.Step(action);
            compass.Step(compassAction);
            if (step.IsDone)
            {
                break;
            }
            observation = step.Observation;
        }
    }

    [Fact]
    public void Other_environments_and_roles_are_declined_with_the_reason()
    {
        Register();
        var other = new MemoryStream();
        var wrongObservations = Assert.Throws<UnknownAgentException>(() => _agents.Create("lstm:" + brains.MousePath,
            new AgentContext<int, int>(other, new Discrete(3), new Discrete(2), null, null)));
        Assert.Contains("CatMouseObservation", wrongObservations.Message, StringComparison.Ordinal);

        using var duel = _environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId);
        var dog = Assert.Throws<UnknownAgentException>(() => _agents.Create("elman:" + brains.MousePath,
            new AgentContext<CatMouseObservation, int>(duel, duel.ObservationSpace("cat"), duel.ActionSpace("cat"), "dog", null)));
        Assert.Contains("'mouse' or 'cat', not 'dog'", dog.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_adds_lstm_and_elman_with_descriptions()
    {
        CatMouseAgents.Register(_agents);
        var names = _agents.Factories.Select(f => f.Name).ToList();
        Assert.Contains("lstm", names);
        Assert.Contains("elman", names);
        Assert.All(_agents.Factories, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    private string SaveElman(BrainRole role, ElmanNetwork? network = null)
    {
        string path = Path.Combine(_folder, $"elman-{role}-{Guid.NewGuid():N}.ckpt");
        ElmanCheckpoint.Save(path, network ?? ElmanPolicyTests.Seeded(1), role);
        return path;
    }

    private static CatMouseState State(IDisposable environment) =>
        environment.TryGetPrivileged<CatMouseState>(out var source) ? source.PrivilegedState : throw new InvalidOperationException("no state");
}
