using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Testing.Tests.Toys;

/// <summary>
/// A small correct environment (unless given a flaw): a corridor of <see cref="Length"/> cells, a walker and a goal.
/// Actions: 0 left, 1 stay, 2 right; a move slips (stays) with probability 0.2. Observation: walker and goal
/// positions scaled to [0, 1]. Terminated at the goal, truncated after 30 steps.
/// </summary>
public sealed class Corridor(RenderMode renderMode = RenderMode.None, CorridorFlaw flaw = CorridorFlaw.None) : IEnvironment<float[], int>
{
    public const int Length = 7;
    public const int StepLimit = 30;

    private readonly Box<float> _observations = new(0f, 1f, 2);
    private readonly Discrete _actions = new(3);
    private readonly Rng _rng = new(0);
    private int _position;
    private int _goal;
    private int _steps;
    private int _zerosInARow;
    private bool _started;
    private bool _ended;
    private bool _disposed;

    public EnvSpec? Spec => null;

    public ISpace<float[]> ObservationSpace => flaw == CorridorFlaw.FreshObservationSpaceEachCall ? new Box<float>(0f, 1f, 2) : _observations;

    public ISpace<int> ActionSpace => _actions;

    public RenderMode RenderMode => renderMode;

    public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (flaw == CorridorFlaw.IgnoresResetSeed || (flaw == CorridorFlaw.ReseedsOnUnseededReset && seed is null))
        {
            _rng.Reseed(Rng.EntropySeed());
        }
        else if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _position = flaw == CorridorFlaw.FixedStart ? 0 : _rng.NextInt(Length);
        _goal = flaw == CorridorFlaw.FixedStart ? Length - 1 : (_position + 1 + _rng.NextInt(Length - 1)) % Length;
        _steps = 0;
        _started = true;
        _ended = false;
        var info = Info.Of("distance", Math.Abs(_goal - _position));
        return new ResetResult<float[]>(Observe(), flaw == CorridorFlaw.InfoValueFromEntropy ? info.With("noise", new[] { Rng.EntropySeed() }) : info);
    }

    public StepResult<float[]> Step(int action)
    {
        if (!_started && flaw != CorridorFlaw.NoErrorBeforeReset)
        {
            throw EnvironmentErrors.StepBeforeReset(nameof(Corridor));
        }
        if (_ended && flaw != CorridorFlaw.NoErrorAfterEnd)
        {
            throw EnvironmentErrors.StepAfterEnd(nameof(Corridor));
        }
        if (flaw == CorridorFlaw.AcceptsInvalidActions)
        {
            action = Math.Clamp(action, 0, 2);
        }
        else if (flaw == CorridorFlaw.VagueInvalidActionError && !_actions.Contains(action))
        {
            throw new ArgumentException("That action is not allowed.", nameof(action));
        }
        EnvironmentErrors.ThrowIfInvalid(_actions, action);

        bool pushesRightWall = action == 2 && _position == Length - 1;
        int move = _rng.NextDouble() < 0.2 ? 0 : action - 1;
        _position = Math.Clamp(_position + move, 0, Length - 1);
        _zerosInARow = action == 0 ? _zerosInARow + 1 : 0;
        _steps++;
        bool terminated = _position == _goal;
        bool truncated = !terminated && _steps >= StepLimit;
        _ended = terminated || truncated;
        double reward = flaw == CorridorFlaw.NaNRewardAtRightWall && pushesRightWall ? double.NaN : terminated ? 1.0 : -0.01;
        return new StepResult<float[]>(Observe(), reward, terminated, truncated, Info.Of("distance", Math.Abs(_goal - _position)));
    }

    public Frame? Render()
    {
        if (flaw == CorridorFlaw.RenderAdvancesGenerator)
        {
            _rng.NextDouble();
        }
        if (renderMode == RenderMode.RgbArray || (renderMode == RenderMode.Ansi && flaw == CorridorFlaw.RenderWrongType))
        {
            var pixels = new byte[Length * 3];
            pixels[_goal * 3 + 1] = 255;
            pixels[_position * 3] = 255;
            return Frame.FromRgb(Length, 1, pixels);
        }
        if (renderMode == RenderMode.Ansi)
        {
            char[] cells = [.. Enumerable.Repeat('.', Length)];
            cells[_goal] = 'G';
            cells[_position] = 'W';
            return Frame.FromText(new string(cells));
        }
        return null;
    }

    public void Dispose()
    {
        if (_disposed && flaw == CorridorFlaw.DisposeThrowsTwice)
        {
            throw new ObjectDisposedException(nameof(Corridor));
        }
        _disposed = true;
    }

    private float[] Observe()
    {
        float position = _position / (float)(Length - 1);
        if (flaw == CorridorFlaw.ObservationLeavesSpaceAfterThreeZeros && _zerosInARow >= 3)
        {
            position = 2f;
        }
        return [position, _goal / (float)(Length - 1)];
    }
}
