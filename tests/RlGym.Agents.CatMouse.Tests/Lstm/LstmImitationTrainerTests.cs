using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Core;

namespace RlGym.Agents.CatMouse.Tests.Lstm;

[Collection(TrainedBrainsCollection.Name)]
public sealed class LstmImitationTrainerTests(TrainedBrains brains)
{
    private static readonly LstmTrainingOptions Small = new() { GamesPerBatch = 16, TrainingGamesPerBatch = 32, AggregateCapacity = 256, Seed = 3 };

    [Fact]
    public void A_few_seconds_of_training_make_a_mouse_far_better_than_random()
    {
        var random = MistakeEvaluator.Evaluate(ScriptedPolicy.Random(1), EvaluationSet.Standard(BrainRole.Mouse));
        Assert.True(brains.MouseReport.MistakesPerGame < random.MistakesPerGame / 5,
            $"after {TrainedBrains.MouseBatches} batches: {brains.MouseReport}; random: {random}");
        Assert.True(brains.MouseLoss < 0.5, $"smoothed loss {brains.MouseLoss}");
    }

    [Fact]
    public void A_few_batches_make_a_cat_far_better_than_random()
    {
        var random = MistakeEvaluator.Evaluate(ScriptedPolicy.Random(2), EvaluationSet.Standard(BrainRole.Cat));
        Assert.True(brains.CatReport.MistakesPerGame < random.MistakesPerGame / 5,
            $"after {TrainedBrains.CatBatches} batches: {brains.CatReport}; random: {random}");
    }

    [Fact]
    public void The_same_seed_trains_the_same_brain_and_another_seed_another()
    {
        var set = EvaluationSet.Create(BrainRole.Mouse, 200, 9, 6, 6, 10);
        var (lossesA, reportA) = Run(Small, 4, set);
        var (lossesB, reportB) = Run(Small, 4, set);
        var (lossesC, _) = Run(Small with { Seed = 4 }, 4, set);
        Assert.Equal(lossesA, lossesB);
        Assert.Equal(reportA, reportB);
        Assert.NotEqual(lossesA, lossesC);
    }

    [Fact]
    public void Counters_and_metrics_follow_the_batches()
    {
        using var trainer = new LstmImitationTrainer(Small with { DecayBatches = 2, FinalLearningRateFraction = 0.5 });
        Assert.True(double.IsNaN(trainer.LastLoss));
        Assert.True(double.IsNaN(trainer.SmoothedMistakesPerGame));
        Assert.False(trainer.ReachedTarget);
        Assert.Equal(0.05, trainer.LearningRate, 12);
        double loss = trainer.TrainBatch();
        Assert.Equal(loss, trainer.LastLoss);
        Assert.Equal(loss, trainer.SmoothedLoss);
        Assert.InRange(trainer.LastMistakesPerGame, 0, 10);
        trainer.TrainBatch();
        trainer.TrainBatch();
        Assert.Equal(3, trainer.Batches);
        Assert.Equal(48, trainer.Games);
        Assert.Equal(48, trainer.Brain.GamesTrained);
        Assert.Equal(0.025, trainer.LearningRate, 12);
    }

    [Fact]
    public void Evaluating_on_the_other_roles_set_is_refused()
    {
        using var trainer = new LstmImitationTrainer(Small);
        var error = Assert.Throws<ArgumentException>(() => trainer.Evaluate(EvaluationSet.Standard(BrainRole.Cat)));
        Assert.Contains("for the cat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resumed_run_continues_exactly_as_the_uninterrupted_one_and_is_no_worse_than_the_saved_brain()
    {
        using var resumed = LstmImitationTrainer.Resume(brains.MousePath, TrainedBrains.Options(BrainRole.Mouse));
        Assert.Equal(TrainedBrains.MouseBatches, resumed.Batches);
        Assert.Equal(brains.MouseLoss, resumed.SmoothedLoss);

        double loss = resumed.TrainBatch();
        var report = resumed.Evaluate();

        // The uninterrupted run's next batch moves by a few games either way (52 to 54 mistakes in 1,000 games here); a
        // resume that restarted Adam made ten to thirty times as many.
        Assert.True(report.MistakesPerGame <= brains.MouseReport.MistakesPerGame + 0.01,
            $"saved: {brains.MouseReport}; one batch after resuming: {report}");
        Assert.Equal(brains.ContinuedLoss, loss);
        Assert.Equal(brains.ContinuedReport, report);
    }

    [Fact]
    public void A_brain_saved_without_training_state_is_not_resumed()
    {
        string folder = Directory.CreateTempSubdirectory("rlgym-lstm-resume-").FullName;
        try
        {
            string path = Path.Combine(folder, "brain.ckpt");
            using (var brain = LstmBrainFile.Load(brains.MousePath))
            {
                LstmBrainFile.Save(path, brain);
            }
            var error = Assert.Throws<UserInputException>(() => LstmImitationTrainer.Resume(path, TrainedBrains.Options(BrainRole.Mouse)));
            Assert.Contains("cannot be resumed", error.Message, StringComparison.Ordinal);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<LstmTrainingOptions, string> BadOptions() => new()
    {
        { new LstmTrainingOptions { Hidden = 0 }, "--hidden" },
        { new LstmTrainingOptions { LearningRate = double.NaN }, "--learning-rate" },
        { new LstmTrainingOptions { GamesPerBatch = 0 }, "--games-per-batch" },
        { new LstmTrainingOptions { GamesPerBatch = 64, TrainingGamesPerBatch = 32 }, "Training games per batch" },
        { new LstmTrainingOptions { ExplorationRate = 1 }, "exploration rate" },
        { new LstmTrainingOptions { Threads = 0 }, "--threads" },
        { new LstmTrainingOptions { Width = 1 }, "grid" },
        { new LstmTrainingOptions { Role = (BrainRole)7 }, "--role" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_settings_are_refused_naming_the_setting(LstmTrainingOptions options, string named)
    {
        var error = Assert.Throws<UserInputException>(() => new LstmImitationTrainer(options));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static (double[] Losses, MistakeReport Report) Run(LstmTrainingOptions options, int batches, EvaluationSet set)
    {
        using var trainer = new LstmImitationTrainer(options);
        var losses = new double[batches];
        for (int i = 0; i < batches; i++)
        {
            losses[i] = trainer.TrainBatch();
        }
        return (losses, trainer.Evaluate(set));
    }
}
