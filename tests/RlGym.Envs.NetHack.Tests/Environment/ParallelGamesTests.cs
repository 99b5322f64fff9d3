using RlGym.Core;
using RlGym.Core.Random;

namespace RlGym.Envs.NetHack.Tests.Environment;

/// <summary>
/// Games built from source run in this process, each in its own copy of the game library: two of them stepped at the
/// same time on two threads must follow exactly the trajectory one game follows alone (same seed, same actions),
/// across several episodes.
/// </summary>
public sealed class ParallelGamesTests
{
    private const int Steps = 400;

    [Fact]
    public void TwoGamesSteppedAtOnceOnTwoThreadsFollowTheTrajectoryOfOneAlone()
    {
        var alone = Trajectory(seed: 21);
        long[][] together = new long[2][];
        var threads = Enumerable.Range(0, 2).Select(i => new Thread(() => together[i] = Trajectory(seed: 21))).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }
        foreach (var thread in threads)
        {
            thread.Join();
        }
        Assert.Equal(alone, together[0]);
        Assert.Equal(alone, together[1]);
    }

    // A digest of every observation, reward and ending of Steps random task actions from Reset(seed), with a time limit
    // short enough that the run spans several episodes (each continuing the environment's seed stream).
    private static long[] Trajectory(ulong seed)
    {
        using var env = TestKit.Make("NetHackScore-v0", EnvOptions.Of(("max_episode_steps", 120)));
        var rng = new Rng(seed);
        var digests = new long[Steps + 1];
        digests[0] = Digest(env.Reset(seed).Observation, 0, false, false);
        int episodes = 1;
        for (int i = 1; i <= Steps; i++)
        {
            var result = env.Step(rng.NextInt(NetHackActions.Task.Count));
            digests[i] = Digest(result.Observation, result.Reward, result.Terminated, result.Truncated);
            if (result.IsDone)
            {
                env.Reset();
                episodes++;
            }
        }
        Assert.True(episodes >= 3, $"the run should span several episodes, got {episodes}");
        return digests;
    }

    private static long Digest(IReadOnlyDictionary<string, object> observation, double reward, bool terminated, bool truncated)
    {
        var hash = new HashCode();
        foreach (var (key, value) in observation.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            hash.Add(key);
            switch (value)
            {
                case byte[] bytes:
                    hash.AddBytes(bytes);
                    break;
                case short[] shorts:
                    hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(shorts.AsSpan()));
                    break;
                case long[] longs:
                    hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(longs.AsSpan()));
                    break;
                case int[] ints:
                    hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(ints.AsSpan()));
                    break;
                default:
                    throw new InvalidOperationException($"observation key {key} has an unexpected type {value.GetType()}");
            }
        }
        hash.Add(reward);
        hash.Add(terminated);
        hash.Add(truncated);
        return ((long)hash.ToHashCode() << 32) ^ (uint)HashCode.Combine(reward, terminated, truncated, observation.Count);
    }
}
