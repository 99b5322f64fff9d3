using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Runner.Training;

namespace RlGym.Cli.Training;

/// <summary>
/// The seed's Elman brain learning to flee by imitation, one game a step. Figures: the seed's smoothed error x 4, and the
/// true mistakes per game on the standard evaluation set of 1,000 games.
/// </summary>
internal sealed class ElmanTrainingSession(ElmanImitationTrainer trainer) : ITrainingSession
{
    private static readonly EvaluationSet Evaluation = EvaluationSet.Standard(BrainRole.Mouse);

    public ElmanImitationTrainer Trainer => trainer;

    public string StepUnit => "games";

    public long Step => trainer.Games;

    public bool Finished => trainer.ReachedTarget;

    public void Advance() => trainer.PlayGame();

    public IReadOnlyList<Metric> Measure()
    {
        var report = MistakeEvaluator.Evaluate(new ElmanPolicy(trainer.Network), Evaluation);
        return [new(TrainingMetricNames.SmoothedErrorTimesFour, trainer.SmoothedErrorTimesFour), new(TrainingMetricNames.MistakesPerGame, report.MistakesPerGame)];
    }

    public void SaveCheckpoint(string path) => ElmanCheckpoint.Save(path, trainer);

    public void Dispose()
    {
    }
}
