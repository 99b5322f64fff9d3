using BenchmarkDotNet.Attributes;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;

namespace RlGym.Bench;

/// <summary>
/// One CatMouse-v0 through <see cref="IEnvironment{TObs,TAction}.Step"/>: unwrapped, and as <c>Make</c> returns it
/// (env checker, order enforcing, 10-step time limit). An operation is one step; the resets that episodes need are
/// part of the loop (every 10 steps for the made one).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class CatMouseStepBenchmarks
{
    private const int StepsPerInvoke = 10_000;

    private IEnvironment<CatMouseObservation, int> _raw = null!;
    private IEnvironment<CatMouseObservation, int> _made = null!;

    [GlobalSetup]
    public void Setup()
    {
        var registry = new EnvRegistry();
        CatMouseEnvironments.Register(registry, new AgentRegistry());
        _made = registry.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        _raw = (IEnvironment<CatMouseObservation, int>)registry.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId).Unwrapped();
        _made.Reset(seed: 1);
        _raw.Reset(seed: 1);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _made.Dispose();
        _raw.Dispose();
    }

    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public double RawStep() => Run(_raw);

    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public double MadeStep() => Run(_made);

    private static double Run(IEnvironment<CatMouseObservation, int> env)
    {
        double total = 0;
        for (int t = 0; t < StepsPerInvoke; t++)
        {
            var result = env.Step((t * 7 >> 2) & 3);
            total += result.Reward;
            if (result.IsDone)
            {
                env.Reset();
            }
        }
        return total;
    }
}
