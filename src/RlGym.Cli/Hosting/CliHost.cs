using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RlGym.Agents.CatMouse.Agents;
using RlGym.Agents.Doom;
using RlGym.Agents.Ppo;
using RlGym.Cli.Play;
using RlGym.Core.Plugins;
using RlGym.Envs.CatMouse;
using RlGym.Envs.Doom;
using RlGym.Envs.NetHack;
using RlGym.Runner.Hosting;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace RlGym.Cli.Hosting;

/// <summary>
/// Builds the host a command runs in: Serilog (warnings and worse to standard error without traces, everything to
/// a log file), the registries (built-in environments, the <c>human</c> agent, plugins, then whatever the
/// context adds), the invariant kit and the context itself.
/// </summary>
internal static class CliHost
{
    private const string ConsoleTemplate = "rlgym: {Level:w}: {Message:lj}{NewLine}";
    private const string FileTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}";

    public static IHost Build(CliContext context, string? plugins, string? logDirectory, out string logFile)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "rlgym" });
        var logger = CreateLogger(context, logDirectory, out logFile);
        builder.Services.AddSerilog(logger, dispose: true);
        builder.Services.AddSingleton(context);
        builder.Services.AddSingleton<HumanAgentFactory>();
        builder.Services.AddSingleton<IEnvironmentChecks, InvariantKitChecks>();
        builder.Services.AddRegistrations(CatMouseEnvironments.Register);
        builder.Services.AddRegistrations(NetHackEnvironments.Register);
        builder.Services.AddRegistrations(DoomEnvironments.Register);
        builder.Services.AddRegistrations((_, agents) => CatMouseAgents.Register(agents));
        builder.Services.AddRegistrations((_, agents) => DoomAgents.Register(agents));
        builder.Services.AddRegistrations((_, agents) => PpoAgents.Register(agents));
        builder.Services.AddAgent(services => services.GetRequiredService<HumanAgentFactory>());
        if (plugins is not null)
        {
            builder.Services.AddRegistrations((environments, agents) =>
            {
                var loaded = PluginLoader.LoadDirectory(plugins, environments, agents);
                logger.Information("Loaded plugins {Plugins} from {Directory}", loaded, plugins);
            });
        }
        context.ConfigureServices?.Invoke(builder.Services);
        return builder.Build();
    }

    private static Serilog.Core.Logger CreateLogger(CliContext context, string? logDirectory, out string logFile)
    {
        var configuration = new LoggerConfiguration().MinimumLevel.Information();
        if (logDirectory is not null)
        {
            logFile = Path.Combine(logDirectory, "rlgym.log");
            configuration.WriteTo.File(logFile, outputTemplate: FileTemplate, shared: true);
        }
        else
        {
            string directory = context.LogDirectory ?? DefaultLogDirectory();
            logFile = Path.Combine(directory, $"rlgym-{DateTime.Now:yyyyMMdd}.log");
            configuration.WriteTo.File(Path.Combine(directory, "rlgym-.log"), outputTemplate: FileTemplate, rollingInterval: RollingInterval.Day, shared: true);
        }
        // The console gets warnings without traces: errors with an exception are reported in one line by the command.
        configuration.WriteTo.Logger(console =>
        {
            console.MinimumLevel.Warning().Filter.ByExcluding(e => e.Exception is not null);
            if (context.IsSystemConsole)
            {
                console.WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose);
            }
            else
            {
                console.WriteTo.Sink(new TextWriterLogSink(context.Error, new MessageTemplateTextFormatter(ConsoleTemplate)));
            }
        });
        return configuration.CreateLogger();
    }

    private static string DefaultLogDirectory()
    {
        string? state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state))
        {
            state = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        }
        return Path.Combine(state, "rlgym", "logs");
    }
}
