using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Vector;
using RlGym.Envs.NetHack;

namespace RlGym.Bench;

/// <summary>
/// NetHackScore-v0 on the real game with uniformly random task actions: one environment as <c>Make</c> returns it,
/// and 1 or 2 environments (one game process each) stepped together by the NetHack vector (every game's key typed
/// before any outcome is collected, one thread) and by Core's threaded vector (one thread per slice). An operation
/// is one environment step (a vector step of N environments counts N); the resets episodes need are in the loop.
/// The last column is CPU time per step (this process and its games), which holds up on a shared machine where steps
/// per second do not. Run with <c>--filter *NetHackStep*</c>.
/// </summary>
[Config(typeof(NetHackStepBenchmarks.Settings))]
public class NetHackStepBenchmarks
{
    private const int StepsPerInvoke = 20_000;
    private const string Id = "NetHackScore-v0";

    private IEnvironment<IReadOnlyDictionary<string, object>, int> _env = null!;
    private IVectorEnvironment<IReadOnlyDictionary<string, object>, int> _vector = null!;
    private IVectorEnvironment<IReadOnlyDictionary<string, object>, int> _native = null!;
    private readonly Rng _actions = new(7);
    private int[] _batch = [];
    private double _cpuAtStart;
    private long _singleSteps;
    private long _nativeSteps;
    private long _threadedSteps;

    /// <summary>Environments in the vector.</summary>
    [Params(1, 2)]
    public int Envs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var registry = new EnvRegistry();
        NetHackEnvironments.Register(registry, new AgentRegistry());
        _env = registry.Make<IReadOnlyDictionary<string, object>, int>(Id);
        _env.Reset(seed: 1);
        _vector = registry.MakeVector<IReadOnlyDictionary<string, object>, int>(Id, Envs, mode: VectorMode.Threaded);
        _vector.Reset(seed: 1);
        _native = registry.MakeVector<IReadOnlyDictionary<string, object>, int>(Id, Envs);
        _native.Reset(seed: 1);
        _batch = new int[Envs];
        _singleSteps = _nativeSteps = _threadedSteps = 0;
        _cpuAtStart = NetHackCpuTime.Seconds();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _env.Dispose();
        _vector.Dispose();
        _native.Dispose();
        double cpu = NetHackCpuTime.Seconds() - _cpuAtStart;
        (string method, long steps) = _singleSteps > 0 ? (nameof(SingleEnvironment), _singleSteps)
            : _nativeSteps > 0 ? (nameof(NetHackVector), _nativeSteps)
            : (nameof(ThreadedVector), _threadedSteps);
        if (steps > 0)
        {
            NetHackCpuTime.Record(method, Envs, cpu / steps * 1e6);
        }
    }

    /// <summary>One environment, random task actions.</summary>
    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public double SingleEnvironment()
    {
        double total = 0;
        for (int t = 0; t < StepsPerInvoke; t++)
        {
            var result = _env.Step(_actions.NextInt(NetHackActions.Task.Count));
            total += result.Reward;
            if (result.IsDone)
            {
                _env.Reset();
            }
        }
        _singleSteps += StepsPerInvoke;
        return total;
    }

    /// <summary><see cref="Envs"/> environments stepped by the NetHack vector (autoreset on the next step).</summary>
    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public double NetHackVector()
    {
        _nativeSteps += StepsPerInvoke;
        return Run(_native);
    }

    /// <summary><see cref="Envs"/> environments stepped by Core's threaded vector (autoreset on the next step).</summary>
    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public double ThreadedVector()
    {
        _threadedSteps += StepsPerInvoke;
        return Run(_vector);
    }

    private double Run(IVectorEnvironment<IReadOnlyDictionary<string, object>, int> vector)
    {
        double total = 0;
        for (int t = 0; t < StepsPerInvoke / Envs; t++)
        {
            for (int i = 0; i < _batch.Length; i++)
            {
                _batch[i] = _actions.NextInt(NetHackActions.Task.Count);
            }
            total += vector.Step(_batch).Rewards[0];
        }
        return total;
    }

    /// <summary>In process (the games are its children either way), ten measured iterations, with steps per second.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.OperationsPerSecond);
            AddColumn(new NetHackCpuTime());
        }
    }
}
