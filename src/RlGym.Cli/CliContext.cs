using Microsoft.Extensions.DependencyInjection;

namespace RlGym.Cli;

/// <summary>
/// Where the CLI reads and writes, and the few things about its surroundings it cannot find out by itself. The
/// real program uses <see cref="ForSystemConsole"/>; tests pass writers and readers of their own.
/// </summary>
public sealed record CliContext
{
    /// <summary>Standard output: tables, frames and <c>--json</c> documents.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: one-line errors and warnings.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input, read line by line by <c>play</c> when no key reader is available.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>Reads one key press without echo; null when input is redirected (then <c>play</c> reads lines).</summary>
    public Func<ConsoleKeyInfo>? ReadKey { get; init; }

    /// <summary>Whether long runs may show a progress bar (a terminal on standard output).</summary>
    public bool ShowProgress { get; init; }

    /// <summary>How long a run or benchmark goes before its progress bar appears.</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Where the log file goes when a command has no <c>--out</c> folder; null for
    /// <c>$XDG_STATE_HOME/rlgym/logs</c> (or <c>~/.local/state/rlgym/logs</c>).
    /// </summary>
    public string? LogDirectory { get; init; }

    /// <summary>True when <see cref="Out"/> and <see cref="Error"/> are the process's own console streams.</summary>
    public bool IsSystemConsole { get; init; }

    /// <summary>Adds or replaces services before the host is built (environments through <c>AddEnvironment</c>, say).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The context of the real program: the process's console.</summary>
    public static CliContext ForSystemConsole() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        ReadKey = Console.IsInputRedirected ? null : () => Console.ReadKey(intercept: true),
        ShowProgress = !Console.IsOutputRedirected,
        IsSystemConsole = true,
    };
}
