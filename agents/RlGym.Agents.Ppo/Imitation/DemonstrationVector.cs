using RlGym.Core;
using RlGym.Core.Spaces;
using RlGym.Core.Vector;

namespace RlGym.Agents.Ppo.Imitation;

/// <summary>
/// Copies of a single-agent environment stepped one after another with same-step autoreset, each kept reachable so a
/// demonstrator agent made for it (a privileged teacher reads its copy's state) can act in it during behaviour cloning.
/// Copy i is reset with seed + i; later resets continue each copy's generator.
/// </summary>
internal sealed class DemonstrationVector<TObs, TAction> : IVectorEnvironment<TObs, TAction>
{
    private readonly IEnvironment<TObs, TAction>[] _envs;
    private readonly TObs[] _observations;
    private readonly double[] _rewards;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly Info[] _infos;

    public DemonstrationVector(IEnvironment<TObs, TAction>[] envs)
    {
        _envs = envs;
        _observations = new TObs[envs.Length];
        _rewards = new double[envs.Length];
        _terminated = new bool[envs.Length];
        _truncated = new bool[envs.Length];
        _infos = new Info[envs.Length];
        Array.Fill(_infos, Info.Empty);
        SingleObservationSpace = envs[0].ObservationSpace;
        SingleActionSpace = envs[0].ActionSpace;
    }

    public int Count => _envs.Length;

    public ISpace<TObs> SingleObservationSpace { get; }

    public ISpace<TAction> SingleActionSpace { get; }

    public AutoresetMode Autoreset => AutoresetMode.SameStep;

    public VectorResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default)
    {
        for (int i = 0; i < Count; i++)
        {
            if (mask.Length != 0 && !mask[i])
            {
                continue;
            }
            var reset = _envs[i].Reset(seed is ulong s ? unchecked(s + (ulong)i) : null, options);
            _observations[i] = reset.Observation;
            _infos[i] = reset.Info;
        }
        return new VectorResetResult<TObs>(_observations, _infos);
    }

    public VectorStepResult<TObs> Step(ReadOnlySpan<TAction> actions)
    {
        if (actions.Length != Count)
        {
            throw new ArgumentException($"Got {actions.Length} actions; this vector has {Count} environments.", nameof(actions));
        }
        for (int i = 0; i < Count; i++)
        {
            var r = _envs[i].Step(actions[i]);
            _rewards[i] = r.Reward;
            _terminated[i] = r.Terminated;
            _truncated[i] = r.Truncated;
            if (r.Terminated || r.Truncated)
            {
                var reset = _envs[i].Reset();
                _observations[i] = reset.Observation;
                _infos[i] = reset.Info.With(VectorInfoKeys.FinalObservation, r.Observation).With(VectorInfoKeys.FinalInfo, r.Info);
            }
            else
            {
                _observations[i] = r.Observation;
                _infos[i] = r.Info;
            }
        }
        return new VectorStepResult<TObs>(_observations, _rewards, _terminated, _truncated, _infos);
    }

    public void Dispose()
    {
        foreach (var env in _envs)
        {
            env.Dispose();
        }
    }
}
