using RlGym.Core.Random;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.Ppo.Tests;

public sealed class PpoLearningTests
{
    private const ulong HeldOut = 1_000_000;

    // Seeds 0 to 3 were checked locally (trained 2.1 against random -1.8 on these held-out seeds); one runs here.
    [Theory]
    [InlineData(0UL)]
    public void Ppo_on_CatMouse_beats_random_on_held_out_seeds(ulong seed)
    {
        var (environments, _) = CatMouseFixture.Registries();
        using var learner = PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, CatMouseFixture.Fast(seed));
        while (learner.Steps < 30_000)
        {
            learner.Iterate();
        }
        var trained = learner.Evaluate(200, HeldOut);
        double random = RandomMeanReturn(environments, 200, HeldOut);
        Console.WriteLine($"seed {seed}: trained {trained.MeanReturn:0.###}, random {random:0.###}");
        Assert.True(trained.MeanReturn > random + 3, $"trained {trained.MeanReturn}, random {random}");
    }

    [Fact]
    public void Same_seed_gives_the_same_learning_curve()
    {
        var (environments, _) = CatMouseFixture.Registries();
        PpoUpdateReport[] Curve()
        {
            using var learner = PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, CatMouseFixture.Fast(7) with { NormalizeObservations = true, NormalizeRewards = true });
            return [.. Enumerable.Range(0, 4).Select(_ => learner.Iterate() with { StepsPerSecond = 0, RolloutSeconds = 0, UpdateSeconds = 0 })];
        }
        Assert.Equal(Curve(), Curve());
    }

    private static double RandomMeanReturn(RlGym.Core.Registry.EnvRegistry environments, int episodes, ulong seed)
    {
        var rng = new Rng(seed);
        double total = 0;
        using var env = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        for (int e = 0; e < episodes; e++)
        {
            env.Reset(seed + (ulong)e);
            while (true)
            {
                var step = env.Step(rng.NextInt(4));
                total += step.Reward;
                if (step.Terminated || step.Truncated)
                {
                    break;
                }
            }
        }
        return total / episodes;
    }
}
