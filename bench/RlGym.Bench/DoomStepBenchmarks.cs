using BenchmarkDotNet.Attributes;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.Doom;

namespace RlGym.Bench;

/// <summary>Whole environment steps (a tic of the world, a frame, a fresh observation array) of each scenario, made through the registry.</summary>
[MemoryDiagnoser]
public class DoomStepBenchmarks
{
    private IEnvironment<byte[], int> _environment = null!;
    private int _step;

    [Params("Doom/Basic-v0", "Doom/DefendTheCenter-v0", "Doom/HealthGathering-v0")]
    public string Id { get; set; } = "Doom/Basic-v0";

    [GlobalSetup]
    public void Setup()
    {
        var registry = new EnvRegistry();
        DoomEnvironments.Register(registry, new AgentRegistry());
        _environment = registry.Make<byte[], int>(Id);
        _environment.Reset(1);
    }

    [GlobalCleanup]
    public void Cleanup() => _environment.Dispose();

    [Benchmark]
    public byte[] Step()
    {
        var result = _environment.Step(_step++ % 3);
        if (result.IsDone)
        {
            _environment.Reset();
        }
        return result.Observation;
    }
}
