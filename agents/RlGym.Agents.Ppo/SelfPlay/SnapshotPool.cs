using RlGym.Agents.Ppo.Checkpoints;
using RlGym.Agents.Ppo.Normalization;

namespace RlGym.Agents.Ppo.SelfPlay;

/// <summary>
/// One role's past policies in self-play: each read back from the <c>ppo-policy</c> file it was saved to (so what the
/// opponents play is exactly what <c>ppo:PATH</c> plays), newest last, at most <c>capacity</c> kept in memory.
/// </summary>
internal sealed class SnapshotPool(string role, int capacity) : IDisposable
{
    private readonly List<Snapshot> _snapshots = [];

    /// <summary>The role whose snapshots these are.</summary>
    public string Role => role;

    /// <summary>Snapshots in the pool.</summary>
    public int Count => _snapshots.Count;

    /// <summary>The snapshot at <paramref name="index"/> (0 the oldest kept).</summary>
    public Snapshot this[int index] => _snapshots[index];

    /// <summary>The newest snapshot.</summary>
    public Snapshot Latest => _snapshots.Count > 0 ? _snapshots[^1] : throw new InvalidOperationException($"The {role} pool holds no snapshot yet.");

    /// <summary>Every snapshot file written so far, oldest first (evicted ones included).</summary>
    public List<string> Files { get; } = [];

    /// <summary>Refills the pool of a resumed run: every file is remembered, the newest (up to the capacity) are read.</summary>
    public void Restore(IReadOnlyList<string> files)
    {
        int kept = Math.Min(capacity, files.Count);
        Files.AddRange(files.Take(files.Count - kept));
        foreach (string file in files.Skip(files.Count - kept))
        {
            Add(file);
        }
    }

    /// <summary>Reads the policy saved in <paramref name="path"/> into the pool, evicting the oldest beyond the capacity.</summary>
    public void Add(string path)
    {
        var checkpoint = PpoCheckpoint.Read(path);
        var shape = checkpoint.Shape;
        var normalizer = checkpoint.ObservationStatistics is { } statistics ? new ObservationNormalizer(shape.Segments, shape.ObservationSize, statistics) : null;
        _snapshots.Add(new Snapshot(path, checkpoint, normalizer));
        Files.Add(path);
        while (_snapshots.Count > capacity)
        {
            _snapshots[0].Evict();
            _snapshots.RemoveAt(0);
        }
    }

    public void Dispose()
    {
        foreach (var snapshot in _snapshots)
        {
            snapshot.Evict();
        }
        _snapshots.Clear();
    }

    /// <summary>
    /// A past policy: its file, network and frozen observation statistics. Opponents hold it while an episode plays it;
    /// its network is freed once it has left the pool and no opponent holds it.
    /// </summary>
    internal sealed class Snapshot(string path, PpoCheckpoint checkpoint, ObservationNormalizer? normalizer)
    {
        private int _holders;

        public string Path => path;

        public PpoCheckpoint Checkpoint => checkpoint;

        public ObservationNormalizer? Normalizer => normalizer;

        /// <summary>True once evicted from the pool: opponents drop their players of it when their episodes end.</summary>
        public bool Evicted { get; private set; }

        public void Hold() => _holders++;

        public void Release()
        {
            _holders--;
            FreeIfUnused();
        }

        public void Evict()
        {
            Evicted = true;
            FreeIfUnused();
        }

        private void FreeIfUnused()
        {
            if (Evicted && _holders == 0)
            {
                checkpoint.Dispose();
            }
        }
    }
}
