using RlGym.Core;

namespace RlGym.Envs.NetHack.Tests.Environment;

public sealed class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void ResetAndStepShowTheGame()
    {
        using var env = TestKit.Make("NetHackScore-v0");
        var reset = env.Reset(seed: 1);
        output.WriteLine(string.Join("\n", Enumerable.Range(0, 24).Select(r => TestKit.Row(reset.Observation, r))));
        output.WriteLine(string.Join(",", TestKit.Blstats(reset.Observation)));
        var rng = new RlGym.Core.Random.Rng(5);
        double total = 0;
        int steps = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (; steps < 3000; steps++)
        {
            var r = env.Step(rng.NextInt(env.ActionSpace is RlGym.Core.Spaces.Discrete d ? d.N : 1));
            total += r.Reward;
            if (r.IsDone)
            {
                output.WriteLine($"done at {steps}: {r.Info}");
                env.Reset();
            }
        }
        output.WriteLine($"{steps / watch.Elapsed.TotalSeconds:F0} steps/s, return {total}");
        Assert.True(total != 0);
    }
}
