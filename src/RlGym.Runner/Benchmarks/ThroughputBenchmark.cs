using System.Diagnostics;
using System.Runtime.ExceptionServices;
using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;

namespace RlGym.Runner.Benchmarks;

/// <summary>
/// Measures raw environment throughput (<c>rlgym bench</c>): random actions are sampled into a buffer beforehand, so
/// the figure is the environment's (and its wrappers'), not the sampler's. With more than one copy it steps
/// <c>EnvRegistry.MakeVector</c>'s vector environment; with more than one worker, that many independent copies, each
/// stepped by its own thread with its own actions (copy i seeded <c>Seed + i</c>, as a vector seeds its copies) and
/// nothing shared between them, counted together; otherwise the single environment. A short warm-up (a tenth of the
/// time, at most half a second) runs first and is not counted; workers start the measured time together.
/// </summary>
internal static class ThroughputBenchmark
{
    /// <summary>Measures the environment in <paramref name="options"/> for its number of seconds.</summary>
    /// <exception cref="UnknownEnvironmentException">When the id is not registered.</exception>
    /// <exception cref="ArgumentException">When a setting is out of range, or several copies of a multi-agent environment are asked for.</exception>
    public static BenchResult Run(EnvRegistry environments, BenchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.Workers > 1)
        {
            return RunWorkers(environments, options, cancellationToken);
        }
        using var stepper = environments.Make(options.EnvironmentId, new StepperFactory(environments, options), options.Options);
        return Measure(stepper, options, cancellationToken);
    }

    private static BenchResult Measure(Stepper stepper, BenchOptions options, CancellationToken cancellationToken)
    {
        long steps = 0, episodes = 0;
        long warmupEnd = Stopwatch.GetTimestamp() + (long)(Math.Min(0.5, options.Seconds / 10) * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < warmupEnd && !cancellationToken.IsCancellationRequested)
        {
            stepper.Chunk(ref steps, ref episodes);
        }
        steps = episodes = 0;
        long started = Stopwatch.GetTimestamp();
        long deadline = started + (long)(options.Seconds * Stopwatch.Frequency);
        long now = started;
        bool cancelled = false;
        while (now < deadline)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
                break;
            }
            stepper.Chunk(ref steps, ref episodes);
            now = Stopwatch.GetTimestamp();
        }
        double seconds = Stopwatch.GetElapsedTime(started, now).TotalSeconds;
        return new BenchResult(options.EnvironmentId, options.Envs, steps, episodes, seconds, cancelled);
    }

    private static BenchResult RunWorkers(EnvRegistry environments, BenchOptions options, CancellationToken cancellationToken)
    {
        int workers = options.Workers;
        var steppers = new List<Stepper>(workers);
        try
        {
            for (int w = 0; w < workers; w++)
            {
                var single = options with { Workers = 1, Seed = unchecked(options.Seed + (ulong)w) };
                steppers.Add(environments.Make(options.EnvironmentId, new StepperFactory(environments, single), options.Options));
            }
            return MeasureWorkers(steppers, options, cancellationToken);
        }
        finally
        {
            foreach (var stepper in steppers)
            {
                stepper.Dispose();
            }
        }
    }

    // Every worker warms up until the same moment, then waits at a barrier whose last arrival starts the clock; each
    // steps until the common deadline. A worker that throws leaves the barrier and stops the others.
    private static BenchResult MeasureWorkers(List<Stepper> steppers, BenchOptions options, CancellationToken cancellationToken)
    {
        int workers = steppers.Count;
        var steps = new long[workers];
        var episodes = new long[workers];
        var ends = new long[workers];
        long started = 0, deadline = 0;
        long warmupEnd = Stopwatch.GetTimestamp() + (long)(Math.Min(0.5, options.Seconds / 10) * Stopwatch.Frequency);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var start = new Barrier(workers, _ =>
        {
            started = Stopwatch.GetTimestamp();
            deadline = started + (long)(options.Seconds * Stopwatch.Frequency);
        });
        ExceptionDispatchInfo? failure = null;
        var threads = new Thread[workers];
        for (int w = 0; w < workers; w++)
        {
            int worker = w;
            threads[w] = new Thread(() =>
            {
                bool counting = false;
                try
                {
                    var stepper = steppers[worker];
                    long warmSteps = 0, warmEpisodes = 0;
                    while (Stopwatch.GetTimestamp() < warmupEnd && !stop.IsCancellationRequested)
                    {
                        stepper.Chunk(ref warmSteps, ref warmEpisodes);
                    }
                    start.SignalAndWait(CancellationToken.None);
                    counting = true;
                    long now = Stopwatch.GetTimestamp();
                    while (now < deadline && !stop.IsCancellationRequested)
                    {
                        stepper.Chunk(ref steps[worker], ref episodes[worker]);
                        now = Stopwatch.GetTimestamp();
                    }
                    ends[worker] = now;
                }
                catch (Exception error)
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(error), null);
                    if (!counting)
                    {
                        start.RemoveParticipant();
                    }
                    stop.Cancel();
                }
            })
            {
                IsBackground = true,
                Name = $"RlGym bench worker {w}",
            };
            threads[w].Start();
        }
        foreach (var thread in threads)
        {
            thread.Join();
        }
        failure?.Throw();
        double seconds = Stopwatch.GetElapsedTime(started, ends.Max()).TotalSeconds;
        return new BenchResult(options.EnvironmentId, 1, steps.Sum(), episodes.Sum(), seconds, cancellationToken.IsCancellationRequested, workers);
    }

    private sealed class StepperFactory(EnvRegistry environments, BenchOptions options) : IEnvironmentVisitor<Stepper>
    {
        public Stepper Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            if (options.Envs == 1)
            {
                return Guarded(environment, () => new SingleStepper<TObs, TAction>(environment, options.Seed));
            }
            environment.Dispose();
            var vector = environments.MakeVector<TObs, TAction>(options.EnvironmentId, options.Envs, options.Options);
            return Guarded(vector, () => new VectorStepper<TObs, TAction>(vector, options.Seed));
        }

        public Stepper VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            if (options.Envs != 1)
            {
                environment.Dispose();
                throw new UserInputException($"Environment '{options.EnvironmentId}' is multi-agent; it is measured as one copy, not {options.Envs}.");
            }
            return Guarded(environment, () => new ParallelStepper<TObs, TAction>(environment, options.Seed));
        }

        // Disposes the environment when the stepper cannot be set up (a reset that throws, say).
        private static Stepper Guarded(IDisposable environment, Func<Stepper> create)
        {
            try
            {
                return create();
            }
            catch
            {
                environment.Dispose();
                throw;
            }
        }
    }
}
