using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Imitation;
using RlGym.Core;

namespace RlGym.Agents.CatMouse.Tests.Elman;

public sealed class ElmanImitationTrainerTests
{
    // NumPy 1.24 running the seed's script with np.random.seed(0) stops after these many games
    // (the seed's article reports one less: it counts from 0).
    [Theory]
    [InlineData(16, 716_343)]
    [InlineData(32, 239_722)]
    public void NumPy_mode_reproduces_the_seed_run_game_for_game(int hidden, long games)
    {
        var trainer = new ElmanImitationTrainer(new ElmanTrainingOptions { Hidden = hidden, Seed = 0, Random = StartCellSource.Numpy });
        while (!trainer.ReachedTarget && trainer.Games < games + 10)
        {
            trainer.PlayGame();
        }
        Assert.Equal(games, trainer.Games);
    }

    [Fact]
    public void Same_seed_same_run_and_another_seed_another_run()
    {
        static double[] Errors(ulong seed)
        {
            var trainer = new ElmanImitationTrainer(new ElmanTrainingOptions { Seed = seed });
            return [.. Enumerable.Range(0, 200).Select(_ => trainer.PlayGame())];
        }
        Assert.Equal(Errors(5), Errors(5));
        Assert.NotEqual(Errors(5), Errors(6));
    }

    [Fact]
    public void Smoothed_error_follows_the_seeds_rule()
    {
        var trainer = new ElmanImitationTrainer(new ElmanTrainingOptions { Seed = 1 });
        double first = trainer.PlayGame();
        Assert.Equal(first, trainer.SmoothedError);
        double second = trainer.PlayGame();
        Assert.Equal(first * 0.999 + 0.001 * second, trainer.SmoothedError);
        Assert.Equal(trainer.SmoothedError * 4, trainer.SmoothedErrorTimesFour);
    }

    [Fact]
    public void Training_allocates_nothing_per_game()
    {
        var trainer = new ElmanImitationTrainer(new ElmanTrainingOptions { Seed = 2 });
        for (int i = 0; i < 1000; i++)
        {
            trainer.PlayGame();
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20_000; i++)
        {
            trainer.PlayGame();
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(0, "--hidden is 0")]
    [InlineData(-3, "--hidden is -3")]
    public void Bad_settings_name_the_value(int hidden, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => new ElmanImitationTrainer(new ElmanTrainingOptions { Hidden = hidden }));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumPy_mode_refuses_seeds_numpy_cannot_take()
    {
        var error = Assert.Throws<UserInputException>(() => new ElmanImitationTrainer(new ElmanTrainingOptions { Random = StartCellSource.Numpy, Seed = 1UL << 40 }));
        Assert.Contains("4294967295", error.Message, StringComparison.Ordinal);
    }
}
