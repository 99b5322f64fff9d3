namespace RlGym.Cli.Training;

/// <summary>What <see cref="TrainingRun"/> needs to know about a run besides its session.</summary>
/// <param name="Folder">The run's folder (checked and created by <see cref="TrainingRunFolder.Prepare"/>).</param>
/// <param name="Resume">True when the run continues one whose metrics.csv is in the folder.</param>
/// <param name="MaxSteps">The step limit.</param>
/// <param name="MeasureEvery">Steps between measurements.</param>
/// <param name="Json">Print a JSON document instead of text.</param>
/// <param name="Title">A short name for the progress bar and the log.</param>
/// <param name="PlotTitle">The learning curve's title.</param>
/// <param name="ValueLabel">The learning curve's y axis label.</param>
/// <param name="Plotted">The metrics drawn on the learning curve.</param>
/// <param name="TryIt">A command line that uses the result, printed at the end.</param>
internal sealed record TrainingPlan(
    TrainingRunFolder Folder, bool Resume, long MaxSteps, long MeasureEvery, bool Json, string Title, string PlotTitle, string ValueLabel, string[] Plotted, string TryIt);
