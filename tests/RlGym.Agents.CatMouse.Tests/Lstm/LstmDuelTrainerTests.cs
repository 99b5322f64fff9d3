using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Core;

namespace RlGym.Agents.CatMouse.Tests.Lstm;

public sealed class LstmDuelTrainerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-duel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static LstmTrainingOptions Options(ulong seed = 3) => new() { Hidden = 16, Seed = seed, GameLength = 20 };

    [Fact]
    public void Both_brains_move_towards_their_teachers_in_each_others_company()
    {
        using var trainer = new LstmDuelTrainer(Options() with { Hidden = LstmBrain.DefaultHidden });
        var before = trainer.Evaluate();
        for (int batch = 0; batch < 60; batch++)
        {
            trainer.TrainBatch();
        }
        var after = trainer.Evaluate();

        Assert.Equal(60 * 128L, trainer.Games);
        Assert.True(after.CatMistakesPerGame < before.CatMistakesPerGame / 2, $"cat mistakes per duel {before.CatMistakesPerGame} -> {after.CatMistakesPerGame}");
        Assert.True(after.MouseMistakesPerGame < before.MouseMistakesPerGame, $"mouse mistakes per duel {before.MouseMistakesPerGame} -> {after.MouseMistakesPerGame}");
        Assert.True(after.CatchRate > before.CatchRate, $"catch rate {before.CatchRate} -> {after.CatchRate}");
        Assert.Equal(1.0, trainer.EvaluateTeachers().CatchRate);
    }

    [Fact]
    public void The_same_seed_trains_the_same_brains()
    {
        using var a = new LstmDuelTrainer(Options(5));
        using var b = new LstmDuelTrainer(Options(5));
        for (int batch = 0; batch < 5; batch++)
        {
            a.TrainBatch();
            b.TrainBatch();
        }

        Assert.Equal(a.Evaluate(), b.Evaluate());
        Assert.Equal(a.CatLoss, b.CatLoss);
    }

    [Fact]
    public void A_duel_checkpoint_holds_both_brains_and_seats_either_role()
    {
        string path = Path.Combine(_folder, "duel.ckpt");
        DuelReport expected;
        using (var trainer = new LstmDuelTrainer(Options()))
        {
            trainer.TrainBatch();
            expected = trainer.Evaluate();
            LstmBrainFile.SaveDuel(path, trainer.Cat, trainer.Mouse);
        }

        var (cat, mouse) = LstmBrainFile.LoadDuel(path);
        using (cat)
        using (mouse)
        using (var catPolicy = cat.Play(1000))
        using (var mousePolicy = mouse.Play(1000))
        {
            Assert.Equal(expected, DuelEvaluator.Evaluate(catPolicy, mousePolicy, EvaluationSet.Create(BrainRole.Cat, 1000, EvaluationSet.StandardSeed, 6, 6, 20)));
        }
        using var seated = LstmBrainFile.Load(path, BrainRole.Mouse);
        Assert.Equal(BrainRole.Mouse, seated.Role);
        Assert.Equal(LstmBrainFile.DuelKind, RlGym.Core.Checkpoints.CheckpointFile.Kind(path));
    }

    [Fact]
    public void A_duel_resumed_from_brains_of_the_wrong_size_is_refused()
    {
        using var trainer = new LstmDuelTrainer(Options());
        string path = Path.Combine(_folder, "duel.ckpt");
        LstmBrainFile.SaveDuel(path, trainer.Cat, trainer.Mouse);
        var (cat, mouse) = LstmBrainFile.LoadDuel(path);

        var error = Assert.Throws<UserInputException>(() => new LstmDuelTrainer(Options() with { Hidden = 32 }, cat, mouse));

        Assert.Contains("hidden 32", error.Message, StringComparison.Ordinal);
        cat.Dispose();
        mouse.Dispose();
    }
}
