using System.Diagnostics;
using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;

namespace RlGym.Runner.Benchmarks;

/// <summary>
/// Measures raw environment throughput (<c>rlgym bench</c>): random actions are sampled into a buffer beforehand, so
/// the figure is the environment's (and its wrappers'), not the sampler's. With more than one copy it steps
/// <c>EnvRegistry.MakeVector</c>'s vector environment; otherwise the single environment. A short warm-up (a tenth of
/// the time, at most half a second) runs first and is not counted.
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
