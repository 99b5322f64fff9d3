using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using RlGym.Cluster.Hosting;
using RlGym.Cluster.Placement;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Runner.Arena;

namespace RlGym.Cluster.Arena;

/// <summary>
/// Plays an arena request on a cluster: its blocks (see <see cref="ArenaBlocks"/>) go to worker grains pinned to every
/// live silo, <c>workersPerSilo</c> each, which pull the next block as they finish one. A block whose silo dies is
/// re-submitted to the workers left, and a block's episodes depend on the request and its index alone, so the result
/// is the one <see cref="ArenaRunner.Run"/> gives locally, whatever ran where.
/// </summary>
public static class ClusterArena
{
    /// <summary>Plays <paramref name="request"/> on the cluster <paramref name="client"/> is connected to.</summary>
    /// <param name="client">A connected cluster client.</param>
    /// <param name="environments">The client's environments (to prepare the request as the silos will).</param>
    /// <param name="agents">The client's agents.</param>
    /// <param name="request">The request (its thread count is ignored: see <paramref name="workersPerSilo"/>).</param>
    /// <param name="workersPerSilo">Worker grains (each plays one block at a time) on every silo.</param>
    /// <param name="log">Hears silos lost and blocks re-submitted.</param>
    /// <param name="progress">Hears the number of episodes finished so far.</param>
    /// <param name="cancellationToken">Stops the run; what was played is dropped.</param>
    /// <exception cref="UserInputException">When the cluster has no live silo, or loses all of them.</exception>
    public static async Task<ArenaResult> RunAsync(
        IClusterClient client, EnvRegistry environments, AgentRegistry agents, ArenaRequest request, int workersPerSilo, ILogger log,
        Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(workersPerSilo, 1);
        var prepared = ArenaRunner.Prepare(environments, agents, request);
        var clock = Stopwatch.StartNew();
        string run = Guid.NewGuid().ToString("N");
        var job = ArenaJob.From(run, prepared);
        long blocks = ArenaBlocks.Count(prepared);
        var queue = Channel.CreateUnbounded<long>();
        for (long block = 0; block < blocks; block++)
        {
            queue.Writer.TryWrite(block);
        }
        var played = new ArenaEpisode[(long)prepared.Pairings * prepared.Episodes];
        var done = new int[blocks];
        long remaining = blocks, finished = 0, agentSteps = 0;
        var lost = new ConcurrentDictionary<SiloAddress, bool>();
        var perSilo = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var workers = new List<IArenaWorkerGrain>();
        Exception? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        async Task Work(IArenaWorkerGrain worker, SiloAddress silo)
        {
            int failures = 0;
            try
            {
                await foreach (long block in queue.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    ArenaBlockReply reply;
                    try
                    {
                        reply = await worker.Play(job, block).WaitAsync(stop.Token).ConfigureAwait(false);
                        failures = 0;
                    }
                    catch (Exception error) when (IsSiloLoss(error) && !stop.IsCancellationRequested)
                    {
                        // The block's answer is lost (its silo died, or the gateway the call went through did): play it again.
                        queue.Writer.TryWrite(block);
                        log.LogWarning("Re-submitting arena block {Block} of run {Run}: its call to silo {Silo} failed ({Error})", block, run, silo, error.GetType().Name);
                        bool dead = !(await LiveSilos(client, lost).ConfigureAwait(false)).Contains(silo);
                        if (dead && lost.TryAdd(silo, true))
                        {
                            log.LogWarning("Lost silo {Silo} ({Error}); re-submitting its unfinished blocks to the silos left", silo, error.GetType().Name);
                        }
                        if (!dead && ++failures >= MaxFailuresPerWorker)
                        {
                            log.LogWarning("Stopped a worker on silo {Silo} after {Failures} failed calls in a row; its blocks go to the other workers", silo, failures);
                            return;
                        }
                        if (dead)
                        {
                            return;
                        }
                        continue;
                    }
                    if (Interlocked.Exchange(ref done[block], 1) == 1)
                    {
                        continue;
                    }
                    var (pairing, first, count, offset) = ArenaBlocks.Locate(prepared, block);
                    for (int i = 0; i < count; i++)
                    {
                        played[offset + i] = new ArenaEpisode(pairing, first + i, reply.ReturnsA[i], reply.ReturnsB[i], reply.Steps[i], reply.Terminated[i]);
                    }
                    Interlocked.Add(ref agentSteps, reply.AgentSteps);
                    perSilo.AddOrUpdate(reply.Silo, 1, (_, n) => n + 1);
                    progress?.Invoke(Interlocked.Add(ref finished, count));
                    if (Interlocked.Decrement(ref remaining) == 0)
                    {
                        queue.Writer.TryComplete();
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception error)
            {
                Interlocked.CompareExchange(ref failure, error, null);
                stop.Cancel();
            }
        }

        try
        {
            var silos = await LiveSilos(client, lost).ConfigureAwait(false);
            if (silos.Count == 0)
            {
                throw new UserInputException("The cluster has no live silo; start one with rlgym silo.");
            }
            for (int round = 1; ; round++)
            {
                log.LogInformation("Arena run {Run}: {Blocks} blocks of up to {Lanes} episodes on {Silos} silo(s), {Workers} worker(s) each",
                    run, blocks, ArenaBlocks.Lanes(prepared), silos.Count, workersPerSilo);
                var tasks = new List<Task>();
                foreach (var silo in silos)
                {
                    for (int slot = 0; slot < workersPerSilo; slot++)
                    {
                        var worker = client.GetGrain<IArenaWorkerGrain>(SiloPinnedPlacement.Key(run, silo, $"{workers.Count}"));
                        workers.Add(worker);
                        tasks.Add(Work(worker, silo));
                    }
                }
                await Task.WhenAll(tasks).ConfigureAwait(false);
                if (failure is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
                }
                cancellationToken.ThrowIfCancellationRequested();
                if (Interlocked.Read(ref remaining) == 0)
                {
                    break;
                }
                // Every worker stopped on a lost silo: play on whichever silos are live now.
                silos = await LiveSilos(client, lost).ConfigureAwait(false);
                if (silos.Count == 0 || round >= MaxRounds)
                {
                    throw new UserInputException($"Every silo of the cluster was lost with {Interlocked.Read(ref remaining)} of {blocks} arena blocks unplayed; nothing was recorded.");
                }
            }
        }
        finally
        {
            await Release(workers, lost).ConfigureAwait(false);
        }
        foreach (var (silo, count) in perSilo.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            log.LogInformation("Silo {Silo} played {Blocks} arena block(s) of run {Run}", silo, count, run);
        }
        return ArenaRunner.Assemble(prepared, played, agentSteps, clock.Elapsed.TotalSeconds);
    }

    // A worker whose calls fail this many times in a row (its silo still listed as live) stops; its blocks go to the others.
    private const int MaxFailuresPerWorker = 3;

    // Workers are started afresh on the live silos at most this many times before the run gives up.
    private const int MaxRounds = 10;

    private static Task<List<SiloAddress>> LiveSilos(IClusterClient client, ConcurrentDictionary<SiloAddress, bool> lost) =>
        ClusterMembership.LiveSilos(client, lost);

    private static bool IsSiloLoss(Exception error) => ClusterMembership.IsSiloLoss(error);

    private static async Task Release(List<IArenaWorkerGrain> workers, ConcurrentDictionary<SiloAddress, bool> lost)
    {
        // Workers on live silos drop their tables now; those on lost silos are gone already.
        var releases = workers.Where(w => SiloPinnedPlacement.SiloOf(w.GetPrimaryKeyString()) is not { } silo || !lost.ContainsKey(silo))
            .Select(async w =>
            {
                try
                {
                    await w.Release().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                }
                catch (Exception error) when (error is OrleansException or TimeoutException)
                {
                    // A worker that cannot be reached is collected by its silo when idle.
                }
            });
        await Task.WhenAll(releases).ConfigureAwait(false);
    }
}
