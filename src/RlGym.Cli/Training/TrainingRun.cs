using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
        var earlier = plan.Resume && File.Exists(folder.Metrics) ? CsvMetricsSink.Read(folder.Metrics) : [];
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
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(document, JsonOptions)).ConfigureAwait(false);
        }
        else
        {
            string figures = string.Join(", ", last.Values.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Name} {m.Value:0.####}")));
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{Describe(result.Outcome)} after {last.Step:N0} {session.StepUnit} in {last.Seconds:0.0} s: {figures}")).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Wrote {folder.Checkpoint}, {folder.Metrics}, {folder.Curve} and {folder.TensorBoard}/").ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Try it: {plan.TryIt}").ConfigureAwait(false);
        }
        if (result.Outcome == TrainingOutcome.Cancelled)
        {
            await context.Error.WriteLineAsync($"rlgym: interrupted; the checkpoint is saved: continue with --resume --out {folder.Path}").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        return ExitCodes.Success;
    }

    private static string Describe(TrainingOutcome outcome) => outcome switch
    {
        TrainingOutcome.Finished => "Reached the stop rule",
        TrainingOutcome.StepLimit => "Stopped at --max-games",
        _ => "Interrupted",
    };
}
