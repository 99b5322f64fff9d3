using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using RlGym.Agents.CatMouse.Agents;
using RlGym.Cluster.Arena;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Runner.Arena;

namespace RlGym.Bench.Cluster;

/// <summary>
/// <c>dotnet run --project bench/RlGym.Bench.Cluster -c Release -- [LANES]</c>: the payload an arena block puts on the wire (the job and block index out, the reply
/// back, as Orleans serialises them), per block and per environment step, for teacher against random in
/// CatMouseDuel-v0. Orleans' message headers (a fixed cost per call) come on top and are not counted.
/// </summary>
internal static class ClusterWireReport
{
    public static int Run(string[] args)
    {
        int lanes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 64;
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        CatMouseEnvironments.Register(environments, agents);
        CatMouseAgents.Register(agents);
        var request = new ArenaRequest
        {
            EnvironmentId = "CatMouseDuel-v0", RoleA = "cat", RoleB = "mouse", AgentsA = ["teacher"], AgentsB = ["random"],
            Episodes = lanes * 8, Lanes = lanes, Seed = 1, Threads = 1,
        };
        using var services = new ServiceCollection().AddSerializer(s => s.AddAssembly(typeof(ArenaJob).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        using var player = ArenaBlockPlayer.Open(environments, agents, request);
        var job = ArenaJob.From(Guid.NewGuid().ToString("N"), player.Request);
        long bytes = 0, environmentSteps = 0, blocks = ArenaBlocks.Count(request);
        for (long block = 0; block < blocks; block++)
        {
            var (episodes, agentSteps) = player.Play(block);
            var reply = new ArenaBlockReply
            {
                Block = block, ReturnsA = [.. episodes.Select(e => e.ReturnA)], ReturnsB = [.. episodes.Select(e => e.ReturnB)],
                Steps = [.. episodes.Select(e => e.Steps)], Terminated = [.. episodes.Select(e => e.Terminated)], AgentSteps = agentSteps,
                Silo = "S127.0.0.1:11111:155188888",
            };
            bytes += serializer.SerializeToArray(job).Length + serializer.SerializeToArray(block).Length + serializer.SerializeToArray(reply).Length;
            environmentSteps += episodes.Sum(e => (long)e.Steps);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"block of {lanes} episodes: {bytes / (double)blocks:0} payload bytes per block (job + index + reply), {environmentSteps / (double)blocks:0} env steps per block, {bytes / (double)environmentSteps:0.000} bytes per env step"));
        return 0;
    }
}
