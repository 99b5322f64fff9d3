using BenchmarkDotNet.Attributes;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Runner.Arena;

namespace RlGym.Bench;

/// <summary>
/// The cat-and-mouse arena with scripted agents (teacher and random cats against teacher and random mice, 5,000 duels
/// per pairing, 64 lanes) on one thread and on two. An operation is one whole arena run, set-up included; the set-up
/// prints how many agent-steps a run takes, so agent-steps per second = that number / the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ArenaBenchmarks
{
    private EnvRegistry _environments = null!;
    private AgentRegistry _agents = null!;
    private ArenaRequest _request = null!;

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _environments = new EnvRegistry();
        _agents = new AgentRegistry();
        CatMouseEnvironments.Register(_environments, _agents);
        _request = new ArenaRequest
        {
            EnvironmentId = CatMouseEnvironments.DuelId,
            RoleA = "cat",
            RoleB = "mouse",
            AgentsA = ["teacher", "random"],
            AgentsB = ["teacher", "random"],
            Episodes = 5_000,
            Seed = 1,
            Threads = Threads,
        };
        Console.WriteLine($"// arena run: {ArenaRunner.Run(_environments, _agents, _request).AgentSteps} agent-steps");
    }

    [Benchmark]
    public long ScriptedArena() => ArenaRunner.Run(_environments, _agents, _request).AgentSteps;
}
