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
        trainer.SaveCheckpoint(path);

        var error = Assert.Throws<UserInputException>(() => LstmDuelTrainer.Resume(path, Options() with { Hidden = 32 }));

        Assert.Contains("hidden 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resumed_duel_continues_exactly_as_the_uninterrupted_one()
    {
        string path = Path.Combine(_folder, "duel.ckpt");
        using var straight = new LstmDuelTrainer(Options(7));
        for (int i = 0; i < 3; i++)
        {
            straight.TrainBatch();
        }
        straight.SaveCheckpoint(path);
        straight.TrainBatch();
        straight.TrainBatch();

        using var resumed = LstmDuelTrainer.Resume(path, Options(7));
        Assert.Equal(3, resumed.Batches);
        resumed.TrainBatch();
        resumed.TrainBatch();

        Assert.Equal(straight.Games, resumed.Games);
        Assert.Equal(straight.CatLoss, resumed.CatLoss);
        Assert.Equal(straight.MouseLoss, resumed.MouseLoss);
        Assert.Equal(straight.TrainingCatchRate, resumed.TrainingCatchRate);
        Assert.Equal(straight.Evaluate(), resumed.Evaluate());
    }

    [Fact]
    public void A_duel_saved_without_training_state_plays_but_is_not_resumed()
    {
        using var trainer = new LstmDuelTrainer(Options());
        string path = Path.Combine(_folder, "duel.ckpt");
        LstmBrainFile.SaveDuel(path, trainer.Cat, trainer.Mouse);

        var error = Assert.Throws<UserInputException>(() => LstmDuelTrainer.Resume(path, Options()));

        Assert.Contains("cannot be resumed", error.Message, StringComparison.Ordinal);
        using var seated = LstmBrainFile.Load(path, BrainRole.Cat);
        Assert.Equal(BrainRole.Cat, seated.Role);
    }
}
