using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using RlGym.Cluster.Hosting;
using RlGym.Cluster.Placement;
using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Spaces;
using RlGym.Core.Vector;

namespace RlGym.Cluster.Rollouts;

/// <summary>
/// A learner's vector whose copies live on rollout workers: the copies are cut into contiguous slices, one per worker,
/// the workers spread over the live silos in turn; a step sends every worker its slice's actions at once and waits for
/// all of them. Copy i reset with seed s gets s + i wherever it runs, and a worker steps its copies as the registry's
/// vector does, so the trajectories are those of a local vector. A worker whose call fails because its silo (or
/// gateway) is gone is re-made on the live silo holding the fewest copies; its copies restart their episodes there from
/// seeds derived from their own and the step count (their episodes so far are reported truncated, the last
/// observation the learner saw standing as the final one), and a warning names the silo and the copies moved.
/// </summary>
internal sealed class ClusterVectorEnvironment<TObs, TAction> : IVectorEnvironment<TObs, TAction>
{
    // A worker is moved at most this many times in one call before the learner gives up on the cluster.
    private const int MaxMoves = 8;

    private readonly IClusterClient _client;
    private readonly ILogger _log;
    private readonly Action<byte[], RolloutReply>? _exchanged;
    private readonly string _run = Guid.NewGuid().ToString("N");
    private readonly string _environmentId;
    private readonly string[] _options;
    private readonly Slot[] _slots;
    private readonly ItemCodec<TObs> _observationCodec = ItemCodec<TObs>.Create();
    private readonly ItemCodec<TAction> _actionCodec = ItemCodec<TAction>.Create();
    private readonly ConcurrentDictionary<SiloAddress, bool> _lost = new();
    private readonly TObs[] _observations;
    private readonly double[] _rewards;
    private readonly bool[] _terminated, _truncated;
    private readonly Info[] _infos;
    private readonly byte[][] _packedActions;
    private readonly ArrayBufferWriter<byte> _actionBuffer = new();
    private ulong _seed;
    private long _steps;
    private bool _disposed;

    private ClusterVectorEnvironment(
        IClusterClient client, ILogger log, string environmentId, EnvOptions options, int count, int workers, AutoresetMode autoreset,
        ISpace<TObs> observationSpace, ISpace<TAction> actionSpace, Action<byte[], RolloutReply>? exchanged)
    {
        _client = client;
        _log = log;
        _exchanged = exchanged;
        _environmentId = environmentId;
        _options = [.. options.Select(o => $"{o.Key}={Convert.ToString(o.Value, System.Globalization.CultureInfo.InvariantCulture)}")];
        SingleObservationSpace = observationSpace;
        SingleActionSpace = actionSpace;
        Autoreset = autoreset;
        _slots = new Slot[workers];
        for (int k = 0; k < workers; k++)
        {
            int first = (int)((long)k * count / workers), next = (int)((long)(k + 1) * count / workers);
            _slots[k] = new Slot(k, first, next - first);
        }
        _observations = new TObs[count];
        _rewards = new double[count];
        _terminated = new bool[count];
        _truncated = new bool[count];
        _infos = new Info[count];
        Array.Fill(_infos, Info.Empty);
        _packedActions = new byte[workers][];
    }

    /// <summary>Opens <paramref name="count"/> copies on <paramref name="workersPerSilo"/> workers per live silo.</summary>
    /// <exception cref="UserInputException">When the cluster has no live silo.</exception>
    public static async Task<ClusterVectorEnvironment<TObs, TAction>> OpenAsync(
        IClusterClient client, ILogger log, string environmentId, EnvOptions options, int count, int workersPerSilo, AutoresetMode autoreset,
        ISpace<TObs> observationSpace, ISpace<TAction> actionSpace, Action<byte[], RolloutReply>? exchanged)
    {
        var silos = await ClusterMembership.LiveSilos(client, new ConcurrentDictionary<SiloAddress, bool>()).ConfigureAwait(false);
        if (silos.Count == 0)
        {
            throw new UserInputException("The cluster has no live silo; start one with rlgym silo.");
        }
        int workers = Math.Min(count, silos.Count * workersPerSilo);
        var vector = new ClusterVectorEnvironment<TObs, TAction>(client, log, environmentId, options, count, workers, autoreset, observationSpace, actionSpace, exchanged);
        try
        {
            await Task.WhenAll(vector._slots.Select(slot => vector.PlaceAsync(slot, silos[slot.Index % silos.Count]))).ConfigureAwait(false);
        }
        catch
        {
            vector.Dispose();
            throw;
        }
        log.LogInformation("Rollouts of {Environment}: {Count} copies on {Workers} worker(s) over {Silos} silo(s)", environmentId, count, workers, silos.Count);
        return vector;
    }

    public int Count => _observations.Length;

    public ISpace<TObs> SingleObservationSpace { get; }

    public ISpace<TAction> SingleActionSpace { get; }

    public AutoresetMode Autoreset { get; }

    /// <summary>How many workers hold copies on each silo now (for tests and status).</summary>
    internal IReadOnlyDictionary<string, int> CopiesPerSilo =>
        _slots.GroupBy(s => s.Silo!.ToParsableString(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(s => s.Count), StringComparer.Ordinal);

    public VectorResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (mask.Length != 0 && mask.Length != Count)
        {
            throw new ArgumentException($"The reset mask has {mask.Length} entries; this vector has {Count} environments.", nameof(mask));
        }
        if (seed is ulong given)
        {
            _seed = given;
        }
        string[] items = options is null ? [] : [.. options.Select(o => $"{o.Key}={Convert.ToString(o.Value, System.Globalization.CultureInfo.InvariantCulture)}")];
        bool[] whole = mask.ToArray();
        var masks = _slots.Select(s => whole.Length == 0 ? [] : whole.AsSpan(s.First, s.Count).ToArray()).ToArray();
        var replies = Task.WhenAll(_slots.Select(s => CallAsync(s, g => g.Reset(seed is ulong v ? unchecked(v + (ulong)s.First) : null, items, masks[s.Index]), stepping: false)))
            .GetAwaiter().GetResult();
        foreach (var slot in _slots)
        {
            var reply = replies[slot.Index];
            ReadOnlySpan<byte> source = reply.Observations;
            for (int j = 0; j < slot.Count; j++)
            {
                int i = slot.First + j;
                _observations[i] = _observationCodec.Read(ref source);
                _infos[i] = MaskInfo(reply, j);
            }
        }
        return new VectorResetResult<TObs>(_observations, _infos);
    }

    public VectorStepResult<TObs> Step(ReadOnlySpan<TAction> actions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (actions.Length != Count)
        {
            throw new ArgumentException($"Got {actions.Length} actions; this vector has {Count} environments.", nameof(actions));
        }
        // One array per worker and call: Orleans keeps the argument until the call is sent, so it cannot be reused.
        foreach (var slot in _slots)
        {
            _actionBuffer.ResetWrittenCount();
            foreach (var action in actions.Slice(slot.First, slot.Count))
            {
                _actionCodec.Write(action, _actionBuffer);
            }
            _packedActions[slot.Index] = _actionBuffer.WrittenSpan.ToArray();
        }
        var replies = Task.WhenAll(_slots.Select(s => CallAsync(s, g => g.Step(_packedActions[s.Index]), stepping: true))).GetAwaiter().GetResult();
        _steps++;
        foreach (var slot in _slots)
        {
            var reply = replies[slot.Index];
            _exchanged?.Invoke(_packedActions[slot.Index], reply);
            ReadOnlySpan<byte> source = reply.Observations;
            bool moved = reply.Rewards.Length == 0;
            for (int j = 0; j < slot.Count; j++)
            {
                int i = slot.First + j;
                var previous = _observations[i];
                _observations[i] = _observationCodec.Read(ref source);
                _infos[i] = MaskInfo(reply, j);
                if (moved)
                {
                    // The copy restarted on another silo: its episode was cut off at the last observation the learner saw.
                    _rewards[i] = 0;
                    _terminated[i] = false;
                    _truncated[i] = true;
                    _infos[i] = _infos[i].With(VectorInfoKeys.FinalObservation, previous!);
                    continue;
                }
                _rewards[i] = reply.Rewards[j];
                _terminated[i] = reply.Terminated[j];
                _truncated[i] = reply.Truncated[j];
            }
            ReadOnlySpan<byte> finals = reply.FinalObservations;
            foreach (int j in reply.Finals)
            {
                int i = slot.First + j;
                _infos[i] = _infos[i].With(VectorInfoKeys.FinalObservation, _observationCodec.Read(ref finals)!);
            }
        }
        return new VectorStepResult<TObs>(_observations, _rewards, _terminated, _truncated, _infos);
    }

    private static Info MaskInfo(RolloutReply reply, int j) =>
        reply.ActionMasks is { } masks && masks[j] is { } mask ? Info.Empty.With(RolloutBatch<TObs, TAction>.ActionMaskKey, mask) : Info.Empty;

    // One call to a slot's worker; a worker whose silo is gone is moved (and, when stepping, its copies restarted: the
    // reply is then a reset's, with no rewards).
    private async Task<RolloutReply> CallAsync(Slot slot, Func<IRolloutWorkerGrain, Task<RolloutReply>> call, bool stepping)
    {
        for (int moves = 0; ; moves++)
        {
            try
            {
                return await call(slot.Grain!).ConfigureAwait(false);
            }
            catch (Exception error) when (moves < MaxMoves && (ClusterMembership.IsSiloLoss(error) || error is InvalidOperationException))
            {
                await MoveAsync(slot, error).ConfigureAwait(false);
                if (stepping)
                {
                    return await RestartAsync(slot).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<RolloutReply> RestartAsync(Slot slot)
    {
        for (int moves = 0; ; moves++)
        {
            ulong seed = Rng.DeriveSeed(unchecked(_seed + (ulong)slot.First), (ulong)_steps);
            try
            {
                return await slot.Grain!.Reset(seed, [], []).ConfigureAwait(false);
            }
            catch (Exception error) when (moves < MaxMoves && ClusterMembership.IsSiloLoss(error))
            {
                await MoveAsync(slot, error).ConfigureAwait(false);
            }
        }
    }

    // Re-makes a slot's worker on the live silo with the fewest copies (not the one that failed, while another lives).
    private async Task MoveAsync(Slot slot, Exception error)
    {
        var from = slot.Silo!;
        var old = slot.Grain!;
        for (int attempt = 0; ; attempt++)
        {
            var live = await ClusterMembership.LiveSilos(_client, _lost).ConfigureAwait(false);
            bool dead = !live.Contains(from);
            if (dead)
            {
                _lost.TryAdd(from, true);
            }
            else if (live.Count > 1)
            {
                live.Remove(from);
            }
            if (live.Count == 0)
            {
                throw new UserInputException($"Every silo of the cluster was lost; the {Count} environments of the rollouts have nowhere to run.");
            }
            var target = live.OrderBy(s => _slots.Where(o => o != slot && o.Silo == s).Sum(o => o.Count)).First();
            try
            {
                await PlaceAsync(slot, target).ConfigureAwait(false);
                _log.LogWarning("Rollout worker of copies {First}-{Last} lost on silo {Silo} ({Error}): moved {Count} environment(s) to silo {Target}, where they restart their episodes",
                    slot.First, slot.First + slot.Count - 1, from.ToParsableString(), error.GetType().Name, slot.Count, target.ToParsableString());
                if (!dead)
                {
                    // The old worker may still hold its copies: let it go (it is collected when idle if this fails too).
                    _ = old.Release().ContinueWith(t => t.Exception, TaskScheduler.Default);
                }
                return;
            }
            catch (Exception again) when (attempt < MaxMoves && ClusterMembership.IsSiloLoss(again))
            {
                error = again;
            }
        }
    }

    private async Task PlaceAsync(Slot slot, SiloAddress silo)
    {
        slot.Generation++;
        slot.Grain = _client.GetGrain<IRolloutWorkerGrain>(SiloPinnedPlacement.Key(_run, silo, $"{slot.Index}.{slot.Generation}"));
        slot.Silo = silo;
        await slot.Grain.Open(new RolloutJob
        {
            Run = _run,
            EnvironmentId = _environmentId,
            Options = _options,
            First = slot.First,
            Count = slot.Count,
            Autoreset = (int)Autoreset,
        }).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        var releases = _slots.Where(s => s.Grain is not null && s.Silo is not null && !_lost.ContainsKey(s.Silo)).Select(async s =>
        {
            try
            {
                await s.Grain!.Release().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
            catch (Exception error) when (error is OrleansException or TimeoutException)
            {
                // A worker that cannot be reached is collected by its silo when idle.
            }
        });
        Task.WhenAll(releases).GetAwaiter().GetResult();
    }

    private sealed class Slot(int index, int first, int count)
    {
        public int Index { get; } = index;

        public int First { get; } = first;

        public int Count { get; } = count;

        public int Generation { get; set; }

        public IRolloutWorkerGrain? Grain { get; set; }

        public SiloAddress? Silo { get; set; }
    }
}
