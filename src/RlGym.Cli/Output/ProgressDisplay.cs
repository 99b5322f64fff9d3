using Spectre.Console;

namespace RlGym.Cli.Output;

/// <summary>
/// A Spectre.Console progress bar for work that goes on longer than the context's delay. Nothing is shown when the
/// context allows no progress (output redirected, <c>--json</c>) or the work ends in time.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Waits for <paramref name="work"/>, showing <paramref name="fraction"/> (0 to 1) under <paramref name="description"/>.</summary>
    public static async Task<T> TrackAsync<T>(CliContext context, bool enabled, string description, Task<T> work, Func<double> fraction)
    {
        if (!enabled || !context.ShowProgress)
        {
            return await work.ConfigureAwait(false);
        }
        await Task.WhenAny(work, Task.Delay(context.ProgressDelay)).ConfigureAwait(false);
        if (work.IsCompleted)
        {
            return await work.ConfigureAwait(false);
        }
        var console = context.IsSystemConsole
            ? AnsiConsole.Console
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out), Ansi = AnsiSupport.No, Interactive = InteractionSupport.Yes });
        var (shown, barWidth) = Fit(description, console.Profile.Width);
        var columns = new ProgressColumn[]
        {
            new TaskDescriptionColumn(), new ProgressBarColumn { Width = barWidth }, new PercentageColumn(), new RemainingTimeColumn(),
        };
        await console.Progress().Columns(columns).AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask(Markup.Escape(shown), autoStart: true, maxValue: 1.0);
            while (!work.IsCompleted)
            {
                task.Value = Math.Clamp(fraction(), 0, 1);
                await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(100))).ConfigureAwait(false);
            }
            task.Value = Math.Clamp(fraction(), 0, 1);
        }).ConfigureAwait(false);
        return await work.ConfigureAwait(false);
    }

    /// <summary>
    /// The columns of the progress line other than the description and the bar: the percentage ("100%"), the remaining
    /// time ("00:00:00") and a space either side of each of the four columns.
    /// </summary>
    internal const int FixedWidth = 4 + 8 + (4 * 2);

    /// <summary>
    /// Fits the progress line into <paramref name="consoleWidth"/> columns so that it never wraps: the bar narrows from
    /// 40 columns to 10, then the description is shortened with "...".
    /// </summary>
    internal static (string Description, int BarWidth) Fit(string description, int consoleWidth)
    {
        int room = Math.Max(consoleWidth - FixedWidth - 1, 0);
        int bar = Math.Clamp(room - description.Length, 10, 40);
        int text = Math.Max(room - bar, 3);
        return (description.Length <= text ? description : string.Concat(description.AsSpan(0, text - 3), "..."), bar);
    }
}
