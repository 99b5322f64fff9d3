using RlGym.Agents.Doom.Student;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom.Tests.Agents;

public sealed class DoomStudentAgentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-doom-agent-").FullName;
    private readonly EnvRegistry _environments = new();
    private readonly AgentRegistry _agents = new();

    public DoomStudentAgentTests()
    {
        DoomEnvironments.Register(_environments, _agents);
        DoomAgents.Register(_agents);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void In_its_training_view_it_plays_exactly_as_the_student_decides()
    {
        string path = Save(Frames.Tiny);
        using var env = _environments.Make<IReadOnlyDictionary<string, object>, int>("Doom/Basic-v0", Frames.Tiny.EnvironmentOptions());
        var agent = Create(env, path);
        using var student = DoomStudentFile.Load(path);
        var stack = new FrameStack(Frames.Tiny.FrameSize, Frames.Tiny.Stack);
        var input = new byte[Frames.Tiny.InputSize];
        var expected = new int[1];
        var observation = env.Reset(5).Observation;
        agent.BeginEpisode(5);
        stack.Reset(DoomObservations.ScreenOf(observation));
        for (int step = 0; step < 40; step++)
        {
            stack.CopyTo(input);
            student.Decide(input, expected);
            int action = agent.Act(observation);
            Assert.Equal(expected[0], action);
            var result = env.Step(action);
            if (result.IsDone)
            {
                break;
            }
            observation = result.Observation;
            stack.Push(DoomObservations.ScreenOf(observation));
        }
        (agent as IDisposable)?.Dispose();
    }

    [Fact]
    public void On_the_default_screen_it_holds_each_decision_for_its_frame_skip()
    {
        string path = Save(Frames.Tiny);
        using var env = _environments.Make<IReadOnlyDictionary<string, object>, int>("Doom/Basic-v0");
        var agent = Create(env, path);
        var observation = env.Reset(0).Observation;
        agent.BeginEpisode(0);
        var actions = new List<int>();
        for (int tic = 0; tic < 40; tic++)
        {
            int action = agent.Act(observation);
            Assert.True(env.ActionSpace.Contains(action));
            actions.Add(action);
            var result = env.Step(action);
            if (result.IsDone)
            {
                break;
            }
            observation = result.Observation;
        }
        for (int tic = 0; tic < actions.Count; tic++)
        {
            Assert.Equal(actions[tic - tic % Frames.Tiny.FrameSkip], actions[tic]);
        }
        (agent as IDisposable)?.Dispose();
    }

    [Fact]
    public void It_reads_only_the_screen_so_extra_parts_of_the_observation_change_nothing()
    {
        string path = Save(Frames.Tiny);
        using var plain = _environments.Make<IReadOnlyDictionary<string, object>, int>("Doom/Basic-v0", Frames.Tiny.EnvironmentOptions());
        using var rich = _environments.Make<IReadOnlyDictionary<string, object>, int>("Doom/Basic-v0",
            Frames.Tiny.EnvironmentOptions().With(EnvOptions.Of(("depth", true), ("labels", true), ("automap", true), ("available_game_variables", "HEALTH+AMMO2+KILLCOUNT"))));
        Assert.Equal(5, ((RlGym.Core.Spaces.DictSpace)rich.ObservationSpace).Spaces.Count);
        var a = Create(plain, path);
        var b = Create(rich, path);
        var first = plain.Reset(7).Observation;
        var second = rich.Reset(7).Observation;
        a.BeginEpisode(7);
        b.BeginEpisode(7);
        for (int step = 0; step < 40; step++)
        {
            int action = a.Act(first);
            Assert.Equal(action, b.Act(second));
            var x = plain.Step(action);
            var y = rich.Step(action);
            Assert.Equal(x.Reward, y.Reward);
            if (x.IsDone)
            {
                break;
            }
            (first, second) = (x.Observation, y.Observation);
        }
        (a as IDisposable)?.Dispose();
        (b as IDisposable)?.Dispose();
    }

    [Fact]
    public void A_student_of_another_scenario_is_refused_naming_both()
    {
        string path = Save(Frames.Tiny);
        using var env = _environments.Make<IReadOnlyDictionary<string, object>, int>("Doom/MyWayHome-v0");
        var error = Assert.Throws<UserInputException>(() => Create(env, path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("Doom/Basic-v0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Doom/MyWayHome-v0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_action_count_is_refused()
    {
        string path = Save(Frames.Tiny);
        using var env = _environments.Make<IReadOnlyDictionary<string, object>, int>("Doom/Basic-v0", EnvOptions.Of(("max_buttons_pressed", 2)));
        Assert.Contains("4 actions", Assert.Throws<UserInputException>(() => Create(env, path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_or_file_is_refused()
    {
        using var env = _environments.Make<IReadOnlyDictionary<string, object>, int>("Doom/Basic-v0");
        Assert.Contains("doom-student:PATH", Assert.Throws<UserInputException>(() => Create(env, null)).Message, StringComparison.Ordinal);
        Assert.Throws<UserInputException>(() => Create(env, Path.Combine(_folder, "none.ckpt")));
    }

    private string Save(DoomStudentShape shape)
    {
        string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.ckpt");
        using var student = new DoomStudent(shape, 11);
        DoomStudentFile.Save(path, student);
        return path;
    }

    private IAgent<IReadOnlyDictionary<string, object>, int> Create(IEnvironment<IReadOnlyDictionary<string, object>, int> env, string? path) =>
        _agents.Create(path is null ? "doom-student" : $"doom-student:{path}", new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
}
