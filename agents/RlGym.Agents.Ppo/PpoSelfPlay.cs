using System.Globalization;
using RlGym.Core;

namespace RlGym.Agents.Ppo;

/// <summary>
/// How PPO trains both roles of a two-agent parallel environment by self-play: one learner per role, each against a
/// pool of past snapshots of the other. Every <see cref="SnapshotEvery"/> iterations both current policies are saved
/// as <c>ppo:PATH</c>-loadable checkpoints (<c>SnapshotFolder/cat-000120.ckpt</c>) and join their pools; a pool keeps
/// the <see cref="PoolSize"/> newest. Each opponent episode plays the newest snapshot with probability
/// <see cref="LatestProbability"/> and otherwise one drawn uniformly from the pool, from a generator seeded by the run's
/// seed, so the league a learner meets is mixed (it does not chase its own tail) and reproducible.
/// </summary>
/// <param name="SnapshotFolder">Where the snapshots are written (created if missing).</param>
public sealed record PpoSelfPlay(string SnapshotFolder)
{
    /// <summary>The snapshots of each role kept in its pool, newest first (default 8; older files stay on disk).</summary>
    public int PoolSize { get; init; } = 8;

    /// <summary>Self-play iterations (one rollout and update of each role) between snapshots (default 10).</summary>
    public int SnapshotEvery { get; init; } = 10;

    /// <summary>The chance that an opponent episode plays the newest snapshot rather than a uniform draw from the pool (default 0.5).</summary>
    public double LatestProbability { get; init; } = 0.5;

    /// <summary>Checks every value; the first bad one is a <see cref="UserInputException"/> naming it and its range.</summary>
    public PpoSelfPlay Validate()
    {
        if (string.IsNullOrWhiteSpace(SnapshotFolder))
        {
            throw new UserInputException("The self-play snapshot folder is empty; expected a folder path.");
        }
        if (PoolSize is < 1 or > 1000)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"Option '--pool-size' is {PoolSize}; expected 1 to 1,000 snapshots."));
        }
        if (SnapshotEvery is < 1 or > 1_000_000)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"Option '--snapshot-every' is {SnapshotEvery}; expected 1 to 1,000,000 iterations."));
        }
        if (!(LatestProbability is >= 0 and <= 1))
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"The newest snapshot's probability is {LatestProbability}; expected a number in [0, 1]."));
        }
        return this;
    }
}
