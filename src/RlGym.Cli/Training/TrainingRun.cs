using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RlGym.Cli.Output;
using RlGym.Runner.Training;

namespace RlGym.Cli.Training;

/// <summary>
/// Drives a training session for <c>rlgym train</c>: progress bar, metrics.csv, TensorBoard events, the learning-curve
/// PNG (a resumed run redraws its whole curve and counts its earlier wall time), checkpoints, the closing summary, and
/// exit code 130 with a resume hint after Ctrl+C.
/// </summary>
internal static class TrainingRun
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static async Task<int> ExecuteAsync(CliContext context, IServiceProvider services, TrainingPlan plan, ITrainingSession session, CancellationToken cancellationToken)
    {
        var folder = plan.Folder;
        var earlier = plan.Earlier;
        double priorSeconds = earlier.Count > 0 ? earlier[^1].Seconds : 0;
        var plot = new LearningCurvePlot(folder.Curve, plan.PlotTitle, $"{session.StepUnit} played", plan.ValueLabel, plan.Plotted);
        plot.Preload(earlier);
        using var csv = new CsvMetricsSink(folder.Metrics);
        using var tensorBoard = new TensorBoardMetricsSink(folder.TensorBoard);
        using var curve = plot;
        var progress = new TrainingProgress();
        var options = new TrainingLoopOptions
        {
            MaxSteps = plan.MaxSteps,
            MeasureEvery = plan.MeasureEvery,
            CheckpointEvery = plan.CheckpointEvery,
            CheckpointPath = folder.Checkpoint,
            PriorSeconds = priorSeconds,
            Sinks = [csv, tensorBoard, plot],
            Progress = progress.Report,
        };
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym");
        log.LogInformation("Training {Title} into {Folder} (resume: {Resume})", plan.Title, folder.Path, plan.Resume);
        var work = Task.Run(() => TrainingLoop.Run(session, options, cancellationToken), CancellationToken.None);
        var result = await progress.TrackAsync(context, !plan.Json, plan.Title, plan.MaxSteps, session.StepUnit, work).ConfigureAwait(false);
        var last = result.Last;
        log.LogInformation("Training ended ({Outcome}) after {Steps} {Unit}: {Figures}", result.Outcome, last.Step, session.StepUnit,
            string.Join(", ", last.Values.Select(m => $"{m.Name}={m.Value}")));
        if (plan.Json)
        {
            var document = new Dictionary<string, object>
            {
                ["outcome"] = result.Outcome.ToString(),
                ["steps"] = last.Step,
                ["unit"] = session.StepUnit,
                ["seconds"] = last.Seconds,
                ["metrics"] = last.Values.ToDictionary(m => m.Name, m => m.Value),
                ["checkpoint"] = folder.Checkpoint,
            };
            foreach (var (name, path, _) in plan.MoreFiles)
            {
                document[name] = path;
            }
            foreach (var (name, value) in plan.JsonFacts)
            {
                document[name] = value;
            }
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(document, JsonOptions)).ConfigureAwait(false);
        }
        else
        {
            string figures = string.Join(", ", last.Values.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Name} {m.Value:0.####}")));
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{Describe(plan, result.Outcome)} after {Counted.Of(last.Step, session.StepUnit)} in {last.Seconds:0.0} s: {figures}")).ConfigureAwait(false);
            string more = string.Concat(plan.MoreFiles.Select(f => $", {f.Path} ({f.What})"));
            await context.Out.WriteLineAsync($"Wrote {folder.Checkpoint}{more}, {folder.Metrics}, {folder.Curve} and {folder.TensorBoard}/").ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Try it: {plan.TryIt}").ConfigureAwait(false);
        }
        if (result.Outcome == TrainingOutcome.Cancelled)
        {
            string next = File.Exists(folder.Checkpoint)
                ? $"rlgym: interrupted; {folder.Checkpoint} is saved: continue with {plan.ResumeCommand}"
                : "rlgym: interrupted before anything could be saved";
            await context.Error.WriteLineAsync(next).ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        return ExitCodes.Success;
    }

    /// <summary>The metrics rows of the run in <paramref name="folder"/> when resuming it; none otherwise.</summary>
    public static IReadOnlyList<MetricsRow> EarlierRows(TrainingRunFolder folder, bool resume) =>
        resume && File.Exists(folder.Metrics) ? CsvMetricsSink.Read(folder.Metrics) : [];

    private static string Describe(TrainingPlan plan, TrainingOutcome outcome) => outcome switch
    {
        TrainingOutcome.Finished => plan.FinishedText,
        TrainingOutcome.StepLimit => plan.StepLimitText,
        _ => "Interrupted",
    };
}
