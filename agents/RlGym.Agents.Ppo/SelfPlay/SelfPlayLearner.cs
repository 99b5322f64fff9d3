using System.Globalization;

namespace RlGym.Agents.Ppo.SelfPlay;

/// <summary>
/// Self-play in a two-agent parallel environment: one PPO learner per role, each stepping its own environment copies
/// against opponents drawn from the other role's <see cref="SnapshotPool"/>. An iteration is one rollout and update of
/// each role, in role order; every <see cref="PpoSelfPlay.SnapshotEvery"/> iterations (and before the first) both
/// current policies are saved as snapshots and join the pools. Steps count both roles' environment steps.
/// </summary>
internal sealed class SelfPlayLearner : IPpoLearner
{
    /// <summary>The checkpoint kind of a self-play run's policy.ckpt (a manifest naming the role checkpoints and snapshots).</summary>
    public const string Kind = "ppo-selfplay";

    /// <summary>The opponent recorded in each role's checkpoints.</summary>
    public const string OpponentName = "self-play";

    private readonly IPpoLearner[] _learners;
    private readonly SnapshotPool[] _pools;
    private readonly string[] _roles;
    private readonly PpoSelfPlay _selfPlay;
    private bool _disposed;

    /// <summary>Starts (snapshotting both initial policies) or, with <paramref name="resumedIterations"/>, continues a run whose pools are filled.</summary>
    public SelfPlayLearner(PpoRunInfo run, PpoOptions options, string[] roles, IPpoLearner[] learners, SnapshotPool[] pools, PpoSelfPlay selfPlay, int? resumedIterations = null)
    {
        Run = run;
        Options = options;
        _roles = roles;
        _learners = learners;
        _pools = pools;
        _selfPlay = selfPlay;
        Directory.CreateDirectory(selfPlay.SnapshotFolder);
        if (resumedIterations is int done)
        {
            Iterations = done;
        }
        else
        {
            Snapshot();
        }
    }

    public PpoRunInfo Run { get; }

    /// <summary>The roles, in training order.</summary>
    public IReadOnlyList<string> Roles => _roles;

    public PpoOptions Options { get; }

    public string PolicyDescription => $"self-play, {string.Join("; ", _roles.Select((r, k) => $"{r}: {_learners[k].PolicyDescription}"))}";

    public long Steps => _learners.Sum(l => l.Steps);

    public int Iterations { get; private set; }

    /// <summary>Every snapshot written so far, per role, oldest first.</summary>
    public IReadOnlyList<string> SnapshotFiles(string role) => _pools[Array.IndexOf(_roles, role)].Files;

    public PpoUpdateReport Iterate(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var reports = new PpoUpdateReport[_learners.Length];
        for (int k = 0; k < _learners.Length; k++)
        {
            reports[k] = _learners[k].Iterate(cancellationToken);
        }
        Iterations++;
        if (Iterations % _selfPlay.SnapshotEvery == 0)
        {
            Snapshot();
        }
        // The first role's losses stand for the run; each role's return is reported by name.
        var first = reports[0];
        double seconds = reports.Sum(r => r.RolloutSeconds + r.UpdateSeconds);
        return first with
        {
            Steps = Steps,
            Iterations = Iterations,
            StepsPerSecond = reports.Sum(r => r.StepsPerSecond * (r.RolloutSeconds + r.UpdateSeconds)) / Math.Max(seconds, 1e-9),
            RolloutSeconds = reports.Sum(r => r.RolloutSeconds),
            UpdateSeconds = reports.Sum(r => r.UpdateSeconds),
            RoleReturns = [.. _roles.Select((r, k) => new KeyValuePair<string, double>(r, reports[k].MeanReturn))],
        };
    }

    /// <summary>The first role's greedy policy against the other role's newest snapshot, played greedily.</summary>
    public PpoEvaluation Evaluate(int episodes, ulong seed)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _learners[0].Evaluate(episodes, seed);
    }

    /// <summary>
    /// Writes each role's run (<c>ROLE.ckpt</c> next to <paramref name="path"/>: the policy and its training state) and,
    /// at <paramref name="path"/>, the self-play manifest: the roles, their checkpoints and every snapshot.
    /// </summary>
    public void Save(string path)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        for (int k = 0; k < _roles.Length; k++)
        {
            _learners[k].Save(Path.Combine(folder, $"{_roles[k]}.ckpt"));
        }
        new SelfPlayManifest(Run.EnvironmentId, Iterations, _selfPlay, _roles, [.. _roles.Select(r => Path.Combine(folder, $"{r}.ckpt"))],
            [.. _pools.Select(p => p.Files.ToArray())]).Write(path);
    }

    /// <summary>Writes each role's policy alone, as <c>STEM-ROLE.ckpt</c> next to <paramref name="path"/>.</summary>
    public void SavePolicy(string path)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        string stem = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path));
        for (int k = 0; k < _roles.Length; k++)
        {
            _learners[k].SavePolicy($"{stem}-{_roles[k]}.ckpt");
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        foreach (var learner in _learners)
        {
            learner.Dispose();
        }
        foreach (var pool in _pools)
        {
            pool.Dispose();
        }
    }

    // Both roles' current policies become snapshots: written as ppo-policy files, then read back into the pools.
    private void Snapshot()
    {
        for (int k = 0; k < _roles.Length; k++)
        {
            string path = Path.Combine(_selfPlay.SnapshotFolder, string.Create(CultureInfo.InvariantCulture, $"{_roles[k]}-{Iterations:D6}.ckpt"));
            _learners[k].SavePolicy(path);
            _pools[k].Add(path);
        }
    }
}
