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
        await console.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask(Markup.Escape(description), autoStart: true, maxValue: 1.0);
            while (!work.IsCompleted)
            {
                task.Value = Math.Clamp(fraction(), 0, 1);
                await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(100))).ConfigureAwait(false);
            }
            task.Value = Math.Clamp(fraction(), 0, 1);
        }).ConfigureAwait(false);
        return await work.ConfigureAwait(false);
    }
}
