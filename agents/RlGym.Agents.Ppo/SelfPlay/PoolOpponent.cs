using RlGym.Agents.Ppo.Encoding;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.SelfPlay;

/// <summary>
/// The opponent of one environment copy in self-play: each episode it plays a snapshot from the other role's
/// <see cref="SnapshotPool"/> (the newest with probability <c>latestProbability</c>, otherwise a uniform draw), drawing
/// its actions from that policy. The choice is made at the episode's first action, from its own seeded generator, so
/// the opponents are reproducible. With <c>latestOnly</c> (held-out evaluation) it plays the newest snapshot greedily.
/// </summary>
internal sealed class PoolOpponent<TObs, TAction> : IAgent<TObs, TAction>, IDisposable
{
    private readonly SnapshotPool _pool;
    private readonly ISpace<TObs> _observationSpace;
    private readonly ISpace<TAction> _actionSpace;
    private readonly Rng _rng;
    private readonly double _latestProbability;
    private readonly bool _latestOnly;
    private readonly Dictionary<SnapshotPool.Snapshot, PolicyActor<TObs, TAction>> _players = [];
    private readonly TObs[] _observation = new TObs[1];
    private readonly TAction[] _action = new TAction[1];
    private PolicyActor<TObs, TAction>? _current;
    private SnapshotPool.Snapshot? _held;
    private bool _choose = true;

    public PoolOpponent(SnapshotPool pool, ISpace<TObs> observationSpace, ISpace<TAction> actionSpace, ulong seed, double latestProbability, bool latestOnly)
    {
        _pool = pool;
        _observationSpace = observationSpace;
        _actionSpace = actionSpace;
        _rng = new Rng(seed);
        _latestProbability = latestProbability;
        _latestOnly = latestOnly;
    }

    public string Name => $"self-play pool of the {_pool.Role}";

    /// <summary>The snapshot this episode plays (null before its first action).</summary>
    public string? Playing { get; private set; }

    public void BeginEpisode(ulong seed) => _choose = true;

    public TAction Act(TObs observation)
    {
        if (_choose)
        {
            Choose();
        }
        _observation[0] = observation;
        _current!.Act(_observation, default, _action, _latestOnly ? null : _rng);
        return _action[0];
    }

    public void Observe(in Transition<TObs, TAction> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }

    public void Dispose()
    {
        foreach (var player in _players.Values)
        {
            player.Dispose();
        }
        _players.Clear();
        _held?.Release();
        _held = null;
    }

    private void Choose()
    {
        _choose = false;
        if (_pool.Count == 0)
        {
            throw new InvalidOperationException($"The {_pool.Role} pool holds no snapshot yet.");
        }
        var snapshot = _latestOnly || _rng.NextDouble() < _latestProbability ? _pool.Latest : _pool[_rng.NextInt(_pool.Count)];
        snapshot.Hold();
        _held?.Release();
        _held = snapshot;
        foreach (var gone in _players.Keys.Where(s => s.Evicted).ToArray())
        {
            _players.Remove(gone, out var player);
            player!.Dispose();
        }
        if (!_players.TryGetValue(snapshot, out _current))
        {
            var encoder = ObservationEncoders.Create(_observationSpace);
            var decoder = ActionDecoder<TAction>.Create(_actionSpace);
            _current = new PolicyActor<TObs, TAction>(snapshot.Checkpoint.Network, encoder, decoder, snapshot.Normalizer, 1, ownsNetwork: false);
            _players.Add(snapshot, _current);
        }
        _current.BeginEpisodes();
        Playing = snapshot.Path;
    }
}
