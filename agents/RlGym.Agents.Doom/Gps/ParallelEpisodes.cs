using RlGym.Agents.Doom.Student;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;
using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom.Gps;

/// <summary>
/// Several environments of one scenario played side by side, each with its own scripted teacher: one batched student
/// call per step serves them all. At every decision the teacher labels the state (from the privileged state of that
/// very step, through <see cref="ReloadLabels"/>), and either that label or the student's action is executed: the teacher's with probability
/// <c>teacherShare</c> (DAgger's beta mixture, drawn per decision).
/// </summary>
internal sealed class ParallelEpisodes : IDisposable
{
    private readonly IEnvironment<IReadOnlyDictionary<string, object>, int>[] _environments;
    private readonly IAgent<IReadOnlyDictionary<string, object>, int>[] _teachers;
    private readonly IPrivileged<DoomState>[] _states;
    private readonly ReloadLabels _labels;
    private readonly FrameStack[] _stacks;
    private readonly DoomStudentShape _shape;
    private readonly byte[] _inputs;
    private readonly int[] _studentActions;

    public ParallelEpisodes(DoomScenario scenario, DoomStudentShape shape, int count)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _shape = shape;
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        DoomEnvironments.Register(environments, agents);
        if (!DoomScenarios.All.Contains(scenario))
        {
            DoomEnvironments.Register(environments, scenario);
        }
        _environments = new IEnvironment<IReadOnlyDictionary<string, object>, int>[count];
        _teachers = new IAgent<IReadOnlyDictionary<string, object>, int>[count];
        _stacks = new FrameStack[count];
        _states = new IPrivileged<DoomState>[count];
        _labels = new ReloadLabels(scenario.Buttons);
        try
        {
            for (int i = 0; i < count; i++)
            {
                var environment = environments.Make<IReadOnlyDictionary<string, object>, int>(scenario.Id, shape.EnvironmentOptions());
                _environments[i] = environment;
                if (environment.ActionSpace is not Discrete discrete || discrete.N != shape.Actions)
                {
                    throw new ArgumentException($"{scenario.Id} has the action space {environment.ActionSpace}; the student has {shape.Actions} actions.", nameof(shape));
                }
                _states[i] = environment.TryGetPrivileged<DoomState>(out var state)
                    ? state
                    : throw new InvalidOperationException($"{scenario.Id} does not expose its DoomState.");
                _teachers[i] = agents.Create("teacher", new AgentContext<IReadOnlyDictionary<string, object>, int>(environment, environment.ObservationSpace, environment.ActionSpace, null, null));
                _stacks[i] = new FrameStack(shape.FrameSize, shape.Stack);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
        _inputs = new byte[count * shape.InputSize];
        _studentActions = new int[count];
    }

    /// <summary>Environments played side by side.</summary>
    public int Count => _environments.Length;

    /// <summary>
    /// Plays episodes until <paramref name="nextSeed"/> returns null for every free environment and all running
    /// episodes have ended. With a student, it is asked at every decision (for agreement) and its action runs unless
    /// the teacher's share wins the draw; without one, the teacher drives.
    /// </summary>
    /// <param name="student">The student, or null for the teacher alone.</param>
    /// <param name="teacherShare">The probability the teacher's action runs at a decision (1: always, 0: never).</param>
    /// <param name="nextSeed">The seed of the next episode, or null for no more; called when an environment is free,
    /// and told how many decisions have been made so far.</param>
    /// <param name="coin">Draws the teacher-or-student choice when the share is strictly between 0 and 1.</param>
    /// <param name="aggregate">Where each finished episode's frames and labels go, or null.</param>
    /// <param name="cancellationToken">Checked before every step.</param>
    /// <exception cref="OperationCanceledException">When cancelled; finished episodes are already in the aggregate.</exception>
    public RolloutSummary Play(DoomStudent? student, double teacherShare, Func<long, ulong?> nextSeed, Rng? coin, SampleAggregate? aggregate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nextSeed);
        if (student is null && teacherShare < 1)
        {
            throw new ArgumentException("Without a student the teacher must drive (teacher share 1).", nameof(teacherShare));
        }
        if (teacherShare is > 0 and < 1 && coin is null)
        {
            throw new ArgumentException("A teacher share between 0 and 1 needs a generator for the draws.", nameof(coin));
        }
        int count = Count;
        var observations = new IReadOnlyDictionary<string, object>?[count];
        var episodeIndex = new int[count];
        var episodeReturns = new double[count];
        var frames = new List<byte[]>[count];
        var labels = new List<int>[count];
        var returns = new List<double>();
        var finished = new SortedDictionary<int, double>();
        int started = 0;
        long decisions = 0, asked = 0, agreed = 0;
        for (int i = 0; i < count; i++)
        {
            frames[i] = [];
            labels[i] = [];
            Start(i);
        }
        var active = new List<int>(count);
        var teacherActions = new int[count];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            active.Clear();
            for (int i = 0; i < count; i++)
            {
                if (observations[i] is not null)
                {
                    active.Add(i);
                }
            }
            if (active.Count == 0)
            {
                break;
            }
            for (int a = 0; a < active.Count; a++)
            {
                int i = active[a];
                teacherActions[i] = _labels.Label(_teachers[i].Act(observations[i]!), _states[i].PrivilegedState);
                _stacks[i].CopyTo(_inputs.AsSpan(a * _shape.InputSize, _shape.InputSize));
            }
            bool askStudent = student is not null;
            if (askStudent)
            {
                student!.Decide(_inputs.AsSpan(0, active.Count * _shape.InputSize), _studentActions.AsSpan(0, active.Count));
            }
            for (int a = 0; a < active.Count; a++)
            {
                int i = active[a];
                int label = teacherActions[i];
                int action = label;
                if (askStudent)
                {
                    asked++;
                    agreed += _studentActions[a] == label ? 1 : 0;
                    bool teacherDrives = teacherShare >= 1 || (teacherShare > 0 && coin!.NextDouble() < teacherShare);
                    action = teacherDrives ? label : _studentActions[a];
                }
                if (aggregate is not null)
                {
                    frames[i].Add(DoomObservations.ScreenOf(observations[i]!));
                    labels[i].Add(label);
                }
                var step = _environments[i].Step(action);
                decisions++;
                episodeReturns[i] += step.Reward;
                if (step.Terminated || step.Truncated)
                {
                    aggregate?.AddEpisode(frames[i], labels[i]);
                    finished[episodeIndex[i]] = episodeReturns[i];
                    frames[i].Clear();
                    labels[i].Clear();
                    Start(i);
                }
                else
                {
                    observations[i] = step.Observation;
                    _stacks[i].Push(DoomObservations.ScreenOf(step.Observation));
                }
            }
        }
        returns.AddRange(finished.Values);
        return new RolloutSummary(returns, decisions, asked, agreed);

        void Start(int i)
        {
            if (nextSeed(decisions) is not ulong seed)
            {
                observations[i] = null;
                return;
            }
            var observation = _environments[i].Reset(seed).Observation;
            _teachers[i].BeginEpisode(seed);
            _stacks[i].Reset(DoomObservations.ScreenOf(observation));
            observations[i] = observation;
            episodeIndex[i] = started++;
            episodeReturns[i] = 0;
        }
    }

    public void Dispose()
    {
        foreach (var environment in _environments)
        {
            environment?.Dispose();
        }
    }
}
