using BenchmarkDotNet.Attributes;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Vector;
using RlGym.Envs.CatMouse;

namespace RlGym.Bench;

/// <summary>
/// 4096 CatMouse-v0 games stepped together with NextStep autoreset and the 10-step limit: the native batched
/// vector (SIMD, split over the cores) and, for scale, synchronous copies. An operation is one game step.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class CatMouseVectorBenchmarks
{
    private const int Games = 4096;
    private const int VectorSteps = 100;
    private const int ActionSets = 16;

    private IVectorEnvironment<CatMouseObservation, int> _native = null!;
    private IVectorEnvironment<CatMouseObservation, int> _sync = null!;
    private int[][] _actions = null!;

    [GlobalSetup]
    public void Setup()
    {
        var registry = new EnvRegistry();
        CatMouseEnvironments.Register(registry, new AgentRegistry());
        _native = registry.MakeVector<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId, Games, mode: VectorMode.Native);
        _sync = registry.MakeVector<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId, Games, mode: VectorMode.Sync);
        var rng = new Rng(2);
        _actions = new int[ActionSets][];
        for (int s = 0; s < ActionSets; s++)
        {
            _actions[s] = new int[Games];
            for (int i = 0; i < Games; i++)
            {
                _actions[s][i] = rng.NextInt(4);
            }
        }
        _native.Reset(seed: 1);
        _sync.Reset(seed: 1);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _native.Dispose();
        _sync.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Games * VectorSteps)]
    public double NativeVectorStep() => Run(_native);

    [Benchmark(OperationsPerInvoke = Games * VectorSteps)]
    public double SyncVectorStep() => Run(_sync);

    private double Run(IVectorEnvironment<CatMouseObservation, int> vector)
    {
        double total = 0;
        for (int t = 0; t < VectorSteps; t++)
        {
            total += vector.Step(_actions[t % ActionSets]).Rewards[t % Games];
        }
        return total;
    }
}
