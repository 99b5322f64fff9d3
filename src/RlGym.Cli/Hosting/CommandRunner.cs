using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RlGym.Cli.Hosting;

/// <summary>
/// Runs a command's body inside a freshly built host and turns what it throws into an exit code: one line and 2
/// for the user's mistakes, 130 for Ctrl+C, one line and 1 (the trace in the log) for anything else.
/// </summary>
internal sealed class CommandRunner(CliContext context)
{
    /// <summary>The context commands run in.</summary>
    public CliContext Context { get; } = context;

    /// <summary><c>--plugins DIR</c>, taken by every command.</summary>
    public Option<string?> Plugins { get; } = new("--plugins")
    {
        Description = "A folder of plugin assemblies whose environments and agents to register",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>
    /// Builds the host (logging into the folder <paramref name="prepare"/> returns, if any) and runs <paramref name="body"/>.
    /// <paramref name="prepare"/> runs first, before anything is logged, to check and create an output folder.
    /// </summary>
    public async Task<int> RunAsync(
        string command, ParseResult parsed, CancellationToken cancellationToken, Func<IServiceProvider, CancellationToken, Task<int>> body, Func<string?>? prepare = null)
    {
        IHost? host = null;
        ILogger? log = null;
        string? logFile = null;
        try
        {
            string? logDirectory = prepare?.Invoke();
            host = CliHost.Build(Context, parsed.GetValue(Plugins), logDirectory, out logFile);
            log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym");
            log.LogInformation("rlgym {Arguments}", string.Join(' ', parsed.Tokens.Select(t => t.Value)));
            return await body(host.Services, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log?.LogInformation("{Command} was interrupted", command);
            await Context.Error.WriteLineAsync("rlgym: interrupted").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception error) when (UserErrors.IsUserError(error))
        {
            log?.LogInformation("{Command} stopped on a user error: {Message}", command, error.Message);
            await Context.Error.WriteLineAsync($"rlgym: error: {UserErrors.OneLine(error)}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (Exception error) when (MissingSystemPackages.Describe(error) is { } missing)
        {
            log?.LogError(error, "{Command} stopped: {Missing}", command, missing);
            await Context.Error.WriteLineAsync($"rlgym: error: {missing}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (Exception error)
        {
            log?.LogError(error, "{Command} failed", command);
            // The log may be the very thing that could not be written: point at it only when it exists.
            string where = logFile is not null && File.Exists(logFile) ? $" (details in {logFile})" : "";
            await Context.Error.WriteLineAsync($"rlgym: error: unexpected {error.GetType().Name}: {UserErrors.OneLine(error.Message)}{where}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        finally
        {
            host?.Dispose();
        }
    }
}
