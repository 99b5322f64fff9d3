using RlGym.Core;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.Ppo.Tests;

public sealed class PpoInitTests
{
    [Fact]
    public void Behaviour_cloning_starts_the_actor_from_the_demonstrator_and_the_same_seed_starts_the_same()
    {
        var (environments, agents) = CatMouseFixture.Registries();
        var init = new PpoInit(agents, "teacher") { Steps = 2_048, Epochs = 60 };

        using var cloned = PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, CatMouseFixture.Fast(5), init: init);
        using var again = PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, CatMouseFixture.Fast(5), init: init);
        using var fresh = PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, CatMouseFixture.Fast(5));

        double agreement = PpoTrainer.InitialAgreement(cloned);
        Assert.InRange(agreement, 0.9, 1.0);
        Assert.Equal(agreement, PpoTrainer.InitialAgreement(again));
        Assert.True(double.IsNaN(PpoTrainer.InitialAgreement(fresh)));
        double clonedReturn = cloned.Evaluate(200, 11).MeanReturn, freshReturn = fresh.Evaluate(200, 11).MeanReturn;
        Assert.Equal(clonedReturn, again.Evaluate(200, 11).MeanReturn);
        // The flee rule's return is about 2.8 and an untrained policy's about 1.7; the clone's is near the rule's.
        Assert.True(clonedReturn > 2.0 && clonedReturn > freshReturn + 0.5, $"cloned {clonedReturn}, fresh {freshReturn}");
        Assert.Equal(0, cloned.Steps);
    }

    [Fact]
    public void A_duel_role_clones_its_seat_and_a_demonstrator_that_does_not_fit_is_refused()
    {
        var (environments, agents) = CatMouseFixture.Registries();
        using (var mouse = PpoTrainer.Create(environments, CatMouseEnvironments.ContestId, null, CatMouseFixture.Fast(1), new PpoOpponent(agents, "mouse", "teacher"),
            new PpoInit(agents, "evader") { Steps = 2_048, Epochs = 20 }))
        {
            Assert.InRange(PpoTrainer.InitialAgreement(mouse), 0.5, 1.0);
        }
        var unknown = Assert.ThrowsAny<ArgumentException>(() => PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, CatMouseFixture.Fast(1),
            init: new PpoInit(agents, "no-such-agent")));
        Assert.Contains("no-such-agent", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<UserInputException>(() => PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, CatMouseFixture.Fast(1),
            init: new PpoInit(agents, "teacher") { Steps = 0 }));
    }

    [Fact]
    public void An_lstm_clones_a_demonstrator_that_remembers_which_a_feed_forward_policy_cannot()
    {
        var (environments, agents) = CatMouseFixture.Registries();
        MemoryEnvironment.Register(environments);
        agents.Register(new RememberingAgentFactory());
        var init = new PpoInit(agents, RememberingAgentFactory.SpecName) { Steps = 1_024, Epochs = 30 };
        var options = new PpoOptions { Envs = 8, RolloutLength = 16, Minibatches = 4, TotalSteps = 10_000, Seed = 7 };

        using var recurrent = PpoTrainer.Create(environments, MemoryEnvironment.Id, null, options with { Lstm = true }, init: init);
        using var feedForward = PpoTrainer.Create(environments, MemoryEnvironment.Id, null, options, init: init);
        double withMemory = PpoTrainer.InitialAgreement(recurrent), without = PpoTrainer.InitialAgreement(feedForward);
        // Memoryless, the later two steps of three can only be guessed: agreement about 1/3 + 2/3 x 1/4 = 1/2.
        Assert.True(withMemory >= 0.95 && without <= 0.75, $"lstm agreement {withMemory}, feed-forward {without}");
        double recurrentReturn = recurrent.Evaluate(100, 9).MeanReturn, feedForwardReturn = feedForward.Evaluate(100, 9).MeanReturn;
        // Memoryless, a return of 1 + 2 x (the share of episodes whose side is the one action it guesses), about 1.5.
        Assert.True(recurrentReturn >= 2.8 && feedForwardReturn <= 2.0, $"lstm return {recurrentReturn}, feed-forward {feedForwardReturn}");
    }

    [Fact]
    public void With_normalised_rewards_behaviour_cloning_starts_the_critic_on_the_scale_ppo_trains_it_at()
    {
        var (environments, agents) = CatMouseFixture.Registries();
        SignalEnvironment<byte[]>.Register(environments);
        // Rewards of +100: raw discounted returns reach several hundred, scaled ones a few units.
        var options = CatMouseFixture.Fast(3) with { Envs = 4, RolloutLength = 16, NormalizeRewards = true };
        using var learner = PpoTrainer.Create(environments, SignalEnvironment<byte[]>.LoudId, null, options,
            init: new PpoInit(agents, "random") { Steps = 2_048, Epochs = 20 });

        var first = learner.Iterate();

        // A critic taught raw returns starts hundreds of units off and its first value loss is in the thousands.
        Assert.True(first.ValueLoss < 10, $"first value loss {first.ValueLoss}");
    }
}
