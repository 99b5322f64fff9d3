using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using RlGym.Core.Registry;
using RlGym.Runner.Hosting;

namespace RlGym.Cli.Tests.Fixtures;

/// <summary>Runs <c>rlgym</c> in-process with the test environments registered through DI, capturing its output.</summary>
public static class Rlgym
{
    /// <summary>Where the in-process runs log (one folder per test process, never the user's home; removed when the process ends).</summary>
    public static string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), $"rlgym-cli-tests-{Environment.ProcessId}");

    // Every run has disposed its host (and closed its log) before the process ends, so the folder can go then.
    [ModuleInitializer]
    internal static void RemoveLogsAtExit() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try
        {
            if (Directory.Exists(LogDirectory))
            {
                Directory.Delete(LogDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A log still open elsewhere: leave the folder rather than fail the test run.
        }
    };

    public static async Task<CliResult> RunAsync(
        string[] args, Action<IServiceCollection>? services = null, string input = "", CancellationToken cancellationToken = default, CliContext? context = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = (context ?? new CliContext { Out = stdout, Error = stderr }) with
        {
            In = new StringReader(input),
            LogDirectory = LogDirectory,
            ConfigureServices = s =>
            {
                AddTestEnvironments(s);
                services?.Invoke(s);
            },
        };
        int exitCode = await CliApp.RunAsync(args, run, cancellationToken);
        return new CliResult(exitCode, (run.Out as StringWriter ?? stdout).ToString(), (run.Error as StringWriter ?? stderr).ToString());
    }

    public static void AddTestEnvironments(IServiceCollection services) => services
        .AddEnvironment(StepsEnvironment.Registration, context => new StepsEnvironment(context))
        .AddEnvironment(new EnvSpec(NoisyEnvironment.Id) { Description = "Random lengths and rewards." }, _ => new NoisyEnvironment())
        .AddParallelEnvironment(new EnvSpec(TagEnvironment.Id) { Description = "Cat and mouse earn their actions.", RenderModes = [RlGym.Core.RenderMode.Ansi] },
            context => new TagEnvironment(context.RenderMode));

    /// <summary>A path the test project's build wrote into this assembly's metadata.</summary>
    public static string BuildPath(string key) =>
        typeof(Rlgym).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
