using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Spaces;
using RlGym.Core.Vector;

namespace RlGym.Agents.Ppo.MultiAgent;

/// <summary>
/// One role of a two-agent parallel environment as a single-agent vector: copy i is its own parallel environment whose
/// other agent is a fixed opponent (any agent spec), stepped one copy after another. Same-step autoreset: a finished
/// copy resets at once (continuing its generator), with the last observation in <c>info["final_observation"]</c>.
/// </summary>
internal sealed class OpponentVectorEnvironment<TObs, TAction> : IVectorEnvironment<TObs, TAction>
{
    private readonly IParallelEnvironment<TObs, TAction>[] _envs;
    private readonly IAgent<TObs, TAction>[] _opponents;
    private readonly Dictionary<string, TAction>[] _joint;
    private readonly string _role;
    private readonly string _other;
    private readonly TObs[] _observations;
    private readonly TObs[] _opponentObservations;
    private readonly double[] _rewards;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly Info[] _infos;

    public OpponentVectorEnvironment(IParallelEnvironment<TObs, TAction>[] envs, IAgent<TObs, TAction>[] opponents, string role, string other)
    {
        _envs = envs;
        _opponents = opponents;
        _role = role;
        _other = other;
        int n = envs.Length;
        _joint = [.. Enumerable.Range(0, n).Select(_ => new Dictionary<string, TAction>(2, StringComparer.Ordinal))];
        _observations = new TObs[n];
        _opponentObservations = new TObs[n];
        _rewards = new double[n];
        _terminated = new bool[n];
        _truncated = new bool[n];
        _infos = new Info[n];
        Array.Fill(_infos, Info.Empty);
        SingleObservationSpace = envs[0].ObservationSpace(role);
        SingleActionSpace = envs[0].ActionSpace(role);
    }

    public int Count => _envs.Length;

    /// <summary>Copy <paramref name="index"/>'s environment (a demonstrator for the learning role is made for it).</summary>
    public IParallelEnvironment<TObs, TAction> Environment(int index) => _envs[index];

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
            ulong? copySeed = seed is ulong s ? unchecked(s + (ulong)i) : null;
            Start(i, copySeed, options);
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
            var joint = _joint[i];
            joint[_role] = actions[i];
            joint[_other] = _opponents[i].Act(_opponentObservations[i]);
            var result = _envs[i].Step(joint);
            _rewards[i] = result.Rewards.GetValueOrDefault(_role);
            _terminated[i] = result.Terminations.GetValueOrDefault(_role);
            _truncated[i] = result.Truncations.GetValueOrDefault(_role);
            var info = result.Infos.GetValueOrDefault(_role) ?? Info.Empty;
            if (_terminated[i] || _truncated[i] || _envs[i].Agents.Count == 0)
            {
                var final = result.Observations[_role];
                Start(i, null, null);
                _infos[i] = info.With(VectorInfoKeys.FinalObservation, final).With(VectorInfoKeys.FinalInfo, info);
            }
            else
            {
                _observations[i] = result.Observations[_role];
                _opponentObservations[i] = result.Observations[_other];
                _infos[i] = info;
            }
        }
        return new VectorStepResult<TObs>(_observations, _rewards, _terminated, _truncated, _infos);
    }

    public void Dispose()
    {
        foreach (var opponent in _opponents)
        {
            (opponent as IDisposable)?.Dispose();
        }
        foreach (var env in _envs)
        {
            env.Dispose();
        }
    }

    private void Start(int i, ulong? seed, EnvOptions? options)
    {
        var reset = _envs[i].Reset(seed, options);
        _opponents[i].BeginEpisode(seed ?? (ulong)i);
        _observations[i] = reset.Observations[_role];
        _opponentObservations[i] = reset.Observations[_other];
        _infos[i] = reset.Infos.GetValueOrDefault(_role) ?? Info.Empty;
    }
}
