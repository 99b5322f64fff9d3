using System.Text.Json.Nodes;
using RlGym.Cluster.Tests.Fixtures;
using Xunit;

namespace RlGym.Cluster.Tests;

/// <summary>
/// The real thing on one machine: a Redis for membership, two <c>rlgym silo</c> processes, and <c>rlgym arena --cluster</c>
/// as the client; one silo is killed once it has played a block, and the league recorded equals the local run's.
/// </summary>
public sealed class RedisClusterProcessTests : IDisposable
{
    private const string RedisServer = "/usr/bin/redis-server";
    // Only turns a hang into a failure: far above the seconds each wait takes on a quiet machine and the minutes it
    // took at a load of 40.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(10);
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-cluster-").FullName;
    private readonly List<ChildProcess> _processes = [];

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_silo_killed_mid_arena_loses_nothing_and_the_league_equals_the_local_run()
    {
        Assert.True(File.Exists(RedisServer), $"{RedisServer} is missing: test.sh installs Debian's redis-server");
        string state = Path.Combine(_folder, "state");
        int redisPort = ChildProcess.FreePort();
        var redis = Track(ChildProcess.Start(RedisServer, state, "--port", $"{redisPort}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder));
        await redis.WaitForLineAsync(l => l.Contains("Ready to accept connections", StringComparison.Ordinal), Guard);
        string cluster = $"test{Guid.NewGuid():N}", redisAddress = $"127.0.0.1:{redisPort}";
        var silos = new ChildProcess[2];
        for (int i = 0; i < silos.Length; i++)
        {
            silos[i] = Track(ChildProcess.Rlgym(state, "silo", "--cluster", cluster, "--redis", redisAddress,
                "--port", $"{ChildProcess.FreePort()}", "--gateway-port", $"{ChildProcess.FreePort()}"));
        }
        foreach (var silo in silos)
        {
            await silo.WaitForLineAsync(l => l.EndsWith(": ready", StringComparison.Ordinal), Guard);
        }
        string[] arena = ["arena", "catmouse", "--cats", "teacher,random", "--mice", "random,teacher", "--episodes", "2000", "--lanes", "4", "--seed", "11", "--json"];
        var client = Track(ChildProcess.Rlgym(state, [.. arena, "--threads", "1", "--call-timeout", "5", "--cluster", cluster, "--redis", redisAddress, "--db", Path.Combine(_folder, "cluster.db")]));

        await silos[1].WaitForLineAsync(l => l.StartsWith("rlgym silo: played arena block", StringComparison.Ordinal), Guard);
        // 2,000 blocks, one a call: the run is far from over when the second silo has played its first block.
        Assert.False(client.HasExited, "the arena finished before a silo could be killed mid-run");
        silos[1].Kill();
        int code = await client.WaitForExitAsync(Guard);
        Assert.True(code == 0, $"rlgym arena --cluster exited {code}:{Environment.NewLine}{string.Join(Environment.NewLine, client.Lines.Where(l => l.StartsWith("rlgym:", StringComparison.Ordinal)))}");

        var local = Track(ChildProcess.Rlgym(state, [.. arena, "--threads", "2", "--db", Path.Combine(_folder, "local.db")]));
        Assert.Equal(0, await local.WaitForExitAsync(Guard));
        Assert.Equal(League(local), League(client));
        // The killed silo had a block in flight (blocks remained): its loss was noticed and the block played elsewhere.
        Assert.Contains(client.Lines, l => l.Contains("warning: Re-submitting arena block", StringComparison.Ordinal));
        Assert.Contains(silos[0].Lines, l => l.StartsWith("rlgym silo: played arena block", StringComparison.Ordinal));
    }

    private ChildProcess Track(ChildProcess process)
    {
        _processes.Add(process);
        return process;
    }

    // The run's JSON without what depends on where and how fast it ran.
    private static string League(ChildProcess process)
    {
        var json = JsonNode.Parse(string.Join("\n", process.Lines.Where(l => !l.StartsWith("rlgym:", StringComparison.Ordinal))))!.AsObject();
        foreach (string key in new[] { "seconds", "agent_steps_per_second", "threads", "league" })
        {
            json.Remove(key);
        }
        return json.ToJsonString();
    }
}
