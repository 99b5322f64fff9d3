using RlGym.Agents.CatMouse.Lstm;
using RlGym.Runner.Training;

namespace RlGym.Cli.Training;

/// <summary>
/// An LSTM brain (TorchSharp) learning its role's teacher by imitation, a batch of games a step. Figures: the smoothed
/// cross-entropy, and the true mistakes per game on the standard evaluation set of 1,000 games. The stop rule is the
/// trainer's: smoothed mistakes per training game at most the target. The checkpoint holds the whole training state, so
/// <c>--resume</c> continues the run exactly (<see cref="LstmImitationTrainer.Resume"/>).
/// </summary>
internal sealed class LstmTrainingSession(LstmImitationTrainer trainer) : ITrainingSession
{
    public string StepUnit => "games";

    public long Step => trainer.Games;

    public bool Finished => trainer.ReachedTarget;

    public void Advance() => trainer.TrainBatch();

    public IReadOnlyList<Metric> Measure() =>
        [new(TrainingMetricNames.Loss, trainer.SmoothedLoss), new(TrainingMetricNames.MistakesPerGame, trainer.Evaluate().MistakesPerGame)];

    public void SaveCheckpoint(string path) => trainer.SaveCheckpoint(path);

    public void Dispose() => trainer.Dispose();
}
