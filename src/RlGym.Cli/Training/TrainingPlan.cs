namespace RlGym.Cli.Training;

/// <summary>What <see cref="TrainingRun"/> needs to know about a run besides its session.</summary>
internal sealed record TrainingPlan
{
    /// <summary>The run's folder (checked and created by <see cref="TrainingRunFolder.Prepare"/>).</summary>
    public required TrainingRunFolder Folder { get; init; }

    /// <summary>True when the run continues one whose metrics.csv is in the folder.</summary>
    public required bool Resume { get; init; }

    /// <summary>The step limit.</summary>
    public required long MaxSteps { get; init; }

    /// <summary>Steps between measurements.</summary>
    public required long MeasureEvery { get; init; }

    /// <summary>Print a JSON document instead of text.</summary>
    public required bool Json { get; init; }

    /// <summary>A short name for the progress bar and the log.</summary>
    public required string Title { get; init; }

    /// <summary>The learning curve's title.</summary>
    public required string PlotTitle { get; init; }

    /// <summary>The learning curve's y axis label.</summary>
    public required string ValueLabel { get; init; }

    /// <summary>The metrics drawn on the learning curve.</summary>
    public required string[] Plotted { get; init; }

    /// <summary>A command line that uses the result, printed at the end.</summary>
    public required string TryIt { get; init; }

    /// <summary>The command line that continues the run, printed after Ctrl+C.</summary>
    public required string ResumeCommand { get; init; }

    /// <summary>The rows of the run this one resumes (<see cref="TrainingRun.EarlierRows"/>): the curve redraws them and the wall time counts on from them.</summary>
    public IReadOnlyList<RlGym.Runner.Training.MetricsRow> Earlier { get; init; } = [];

    /// <summary>How often the checkpoint is written at a measurement (default every 30 s; zero: at every measurement).</summary>
    public TimeSpan CheckpointEvery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What ending by the session's own stop rule is called.</summary>
    public string FinishedText { get; init; } = "Reached the stop rule";

    /// <summary>What ending at the step limit is called.</summary>
    public string StepLimitText { get; init; } = "Stopped at --max-games";

    /// <summary>More facts for the JSON document (such as the scenario).</summary>
    public IReadOnlyDictionary<string, object> JsonFacts { get; init; } = new Dictionary<string, object>();

    /// <summary>Files written besides the checkpoint, metrics, curve and events, each with what it is, for the closing line and the JSON document.</summary>
    public IReadOnlyList<(string Name, string Path, string What)> MoreFiles { get; init; } = [];
}
