using RlGym.Runner.Training;
using Spectre.Console;

namespace RlGym.Cli.Training;

/// <summary>
/// The progress bar of <c>rlgym train</c>: steps against the step limit, with the latest figures in the description.
/// Shown only on a terminal and never with <c>--json</c>.
/// </summary>
internal sealed class TrainingProgress
{
    private readonly Lock _gate = new();
    private MetricsRow _latest;

    /// <summary>Records the latest figures (called by the training loop's thread).</summary>
    public void Report(MetricsRow row)
    {
        lock (_gate)
        {
            _latest = row;
        }
    }

    /// <summary>Waits for <paramref name="work"/>, drawing the bar while it runs.</summary>
    public async Task<T> TrackAsync<T>(CliContext context, bool enabled, string title, long maxSteps, string unit, Task<T> work)
    {
        if (!enabled || !context.ShowProgress || !context.IsSystemConsole)
        {
            return await work.ConfigureAwait(false);
        }
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask(Markup.Escape(title), autoStart: true, maxValue: maxSteps);
            while (!work.IsCompleted)
            {
                MetricsRow row;
                lock (_gate)
                {
                    row = _latest;
                }
                if (row.Values is not null)
                {
                    task.Value = Math.Min(row.Step, maxSteps);
                    string figures = string.Join("  ", row.Values.Select(m => $"{m.Name} {m.Value:0.000}"));
                    task.Description = Markup.Escape($"{title}: {row.Step:N0} {unit}  {figures}");
                }
                await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(200))).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return await work.ConfigureAwait(false);
    }
}
