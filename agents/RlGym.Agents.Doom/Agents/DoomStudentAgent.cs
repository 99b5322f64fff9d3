using RlGym.Agents.Doom.Student;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom.Agents;

/// <summary>
/// A <see cref="DoomStudent"/> playing from pixels: it turns each observation's <c>screen</c> into its grey frame
/// (<see cref="FrameResampler"/>), stacks the frames of its decisions and decides every
/// <see cref="DoomStudentShape.FrameSkip"/> tics, holding the action in between when the environment steps more
/// finely than it was trained. The clock (the privileged state's tic count) is all it reads besides the pixels; the
/// observation's other parts (game variables, depth, ...) it ignores.
/// </summary>
internal sealed class DoomStudentAgent : IAgent<IReadOnlyDictionary<string, object>, int>, IDisposable
{
    private readonly DoomStudent _student;
    private readonly IPrivileged<DoomState> _clock;
    private readonly FrameResampler _resampler;
    private readonly FrameStack _stack;
    private readonly byte[] _frame;
    private readonly byte[] _input;
    private readonly int[] _action = new int[1];
    private int _lastDecisionTic;
    private bool _started;

    public DoomStudentAgent(string name, DoomStudent student, IPrivileged<DoomState> clock, FrameResampler resampler)
    {
        Name = name;
        _student = student;
        _clock = clock;
        _resampler = resampler;
        var shape = student.Shape;
        _stack = new FrameStack(shape.FrameSize, shape.Stack);
        _frame = new byte[shape.FrameSize];
        _input = new byte[shape.InputSize];
    }

    public string Name { get; }

    public void BeginEpisode(ulong seed) => _started = false;

    public int Act(IReadOnlyDictionary<string, object> observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        int tic = _clock.PrivilegedState.Tic;
        if (_started && tic - _lastDecisionTic < _student.Shape.FrameSkip && tic >= _lastDecisionTic)
        {
            return _action[0];
        }
        _resampler.Resample(DoomObservations.ScreenOf(observation), _frame);
        if (_started)
        {
            _stack.Push(_frame);
        }
        else
        {
            _stack.Reset(_frame);
            _started = true;
        }
        _stack.CopyTo(_input);
        _student.Decide(_input, _action);
        _lastDecisionTic = tic;
        return _action[0];
    }

    public void Observe(in Transition<IReadOnlyDictionary<string, object>, int> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }

    public void Dispose() => _student.Dispose();
}
