using System.CommandLine;
using RlGym.Cli.Commands;
using RlGym.Cli.Hosting;

namespace RlGym.Cli;

/// <summary>
/// The <c>rlgym</c> command line, callable in-process: parses the arguments, runs the command and returns the
/// exit code (see <see cref="ExitCodes"/>). Errors in the command line print one line and return 2.
/// </summary>
public static class CliApp
{
    /// <summary>Runs <c>rlgym</c> with <paramref name="args"/>, writing to the given writers and reading nothing.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliContext { Out = stdout, Error = stderr }, cancellationToken);

    /// <summary>Runs <c>rlgym</c> with <paramref name="args"/> in <paramref name="context"/>.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var runner = new CommandRunner(context);
        var root = new RootCommand("rlgym: run, check, measure, play, train and serve reinforcement-learning environments.")
        {
            runner.Plugins,
            ListCommand.Create(runner),
            CheckCommand.Create(runner),
            RunCommand.Create(runner),
            BenchCommand.Create(runner),
            PlayCommand.Create(runner),
            TrainCommands.Create(runner),
            ArenaCommand.Create(runner),
            ServeCommand.Create(runner),
            SiloCommand.Create(runner),
            ClusterCommand.Create(runner),
            TraceCommand.Create(runner),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // An unrecognized word explains a missing command better than the missing command does: name it first.
            var messages = parsed.Errors.Select(e => UserErrors.OneLine(e.Message)).Distinct()
                .OrderBy(m => m.StartsWith("Required command", StringComparison.Ordinal));
            context.Error.WriteLine($"rlgym: error: {string.Join(" ", messages)} (see rlgym --help)");
            return ExitCodes.UsageError;
        }
        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
