namespace RlGym.Cli.Training;

/// <summary>The names of the imitation training figures (CSV columns, TensorBoard tags, plot legends).</summary>
internal static class TrainingMetricNames
{
    /// <summary>The seed's progress figure: the smoothed total absolute error per game, times 4.</summary>
    public const string SmoothedErrorTimesFour = "smoothed_error_x4";

    /// <summary>Moves per game where the brain's direction differs from the teacher's, on the evaluation set.</summary>
    public const string MistakesPerGame = "mistakes_per_game";

    /// <summary>The LSTM trainer's smoothed cross-entropy loss.</summary>
    public const string Loss = "loss";
}
