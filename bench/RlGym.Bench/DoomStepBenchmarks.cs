using BenchmarkDotNet.Attributes;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.Doom;

namespace RlGym.Bench;

/// <summary>
/// Whole environment steps (a tic of the world, a frame, an observation) of each scenario, made through the registry
/// (checker, order enforcing): <see cref="Step"/> returns a fresh observation array; <see cref="StepInto"/> writes it
/// into one reused buffer (the allocation-free path), so MemoryDiagnoser should show 0 B for it.
/// </summary>
[MemoryDiagnoser]
public class DoomStepBenchmarks
{
    private IEnvironment<IReadOnlyDictionary<string, object>, int> _environment = null!;
    private IBufferedStep<int> _buffered = null!;
    private byte[] _buffer = [];
    private int _step;

    [Params("Doom/Basic-v0", "Doom/DefendTheCenter-v0", "Doom/HealthGathering-v0")]
    public string Id { get; set; } = "Doom/Basic-v0";

    [GlobalSetup]
    public void Setup()
    {
        var registry = new EnvRegistry();
        DoomEnvironments.Register(registry, new AgentRegistry());
        _environment = registry.Make<IReadOnlyDictionary<string, object>, int>(Id);
        _environment.Reset(1);
        if (!_environment.TryGetBufferedStep(out IBufferedStep<int>? buffered))
        {
            throw new InvalidOperationException($"{Id} has no allocation-free path.");
        }
        _buffered = buffered;
        _buffer = new byte[buffered.ObservationLength];
    }

    [GlobalCleanup]
    public void Cleanup() => _environment.Dispose();

    [Benchmark]
    public IReadOnlyDictionary<string, object> Step()
    {
        var result = _environment.Step(_step++ % 3);
        if (result.IsDone)
        {
            _environment.Reset();
        }
        return result.Observation;
    }

    [Benchmark]
    public double StepInto()
    {
        var outcome = _buffered.StepInto(_step++ % 3, _buffer);
        if (outcome.IsDone)
        {
            _buffered.ResetInto(_buffer);
        }
        return outcome.Reward;
    }
}
