using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Runner.Training;

namespace RlGym.Cli.Training;

/// <summary>
/// Co-training of a cat brain and a mouse brain in the duel (<see cref="LstmDuelTrainer"/>), a batch of duels a step.
/// Figures: the catch rate of the two brains against each other on 1,000 fixed duel starts, each brain against the other
/// side's teacher, the teachers against each other (the rate imitation moves towards), each side's mistakes per duel,
/// and the smoothed losses. The stop rule: both brains make at most the target's mistakes per duel when they meet.
/// </summary>
internal sealed class CatMouseDuelTrainingSession(LstmDuelTrainer trainer, double target) : ITrainingSession
{
    public const string CatchRate = "catch_rate";
    public const string CatBrainCatchRate = "catch_rate_cat_brain_vs_teacher";
    public const string MouseBrainCatchRate = "catch_rate_teacher_vs_mouse_brain";
    public const string TeachersCatchRate = "catch_rate_teachers";

    private DuelReport? _last;

    public string StepUnit => "duels";

    public long Step => trainer.Games;

    public bool Finished => _last is { } r && r.CatMistakesPerGame <= target && r.MouseMistakesPerGame <= target;

    public void Advance() => trainer.TrainBatch();

    public IReadOnlyList<Metric> Measure()
    {
        var duel = trainer.Evaluate();
        var (catBrain, mouseBrain) = trainer.EvaluateAgainstTeachers();
        _last = duel;
        return
        [
            new(CatchRate, duel.CatchRate),
            new(CatBrainCatchRate, catBrain.CatchRate),
            new(MouseBrainCatchRate, mouseBrain.CatchRate),
            new(TeachersCatchRate, trainer.EvaluateTeachers().CatchRate),
            new("mean_steps_to_catch", duel.MeanStepsToCatch),
            new("cat_mistakes_per_duel", duel.CatMistakesPerGame),
            new("mouse_mistakes_per_duel", duel.MouseMistakesPerGame),
            new("training_catch_rate", trainer.TrainingCatchRate),
            new("cat_loss", trainer.CatLoss),
            new("mouse_loss", trainer.MouseLoss),
        ];
    }

    public void SaveCheckpoint(string path) => trainer.SaveCheckpoint(path);

    public void Dispose() => trainer.Dispose();
}
