using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RlGym.Cli.Hosting;
using RlGym.Cli.Output;
using RlGym.Cli.Play;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Runner;
using RlGym.Runner.Images;
using RlGym.Runner.Sinks;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym run ENV</c>: N headless episodes; prints a table (or <c>--json</c> the summary) and with <c>--out</c>
/// writes episodes.csv, summary.json, the log and, for <c>--render rgb</c>, PNG frames. Ctrl+C stops between steps,
/// writes what was collected and exits with 130.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CommandRunner runner)
    {
        var environment = CommonOptions.Environment();
        var agent = new Option<string[]>("--agent")
        {
            Description = "The agent spec (random, teacher, ...); for multi-agent environments role=spec, repeatable (missing roles play random)",
            HelpName = "SPEC|ROLE=SPEC",
        };
        var episodes = CommonOptions.Count("--episodes", 10, "How many episodes to run", "N");
        var seed = CommonOptions.Seed("The seed of episode 0; episode i is reset with S+i (default: a fresh seed, reported)");
        var render = new Option<string>("--render") { Description = "Render every step: ansi prints frames, rgb saves PNGs into --out", DefaultValueFactory = _ => "none" };
        render.AcceptOnlyFromAmong("none", "ansi", "rgb");
        var output = new Option<string?>("--out") { Description = "A folder for episodes.csv, summary.json, rlgym.log and frames", HelpName = "DIR" };
        var json = CommonOptions.Json();
        var options = CommonOptions.EnvOptions();
        var record = CommonOptions.Record();
        var workers = CommonOptions.Count(
            "--workers", 1, "How many copies of the environment, each with its own agent and thread, play the episodes at once (single-agent environments)",
            "N", SizeLimits.Workers);
        var command = new Command("run", "Run episodes of agents in an environment and report their returns")
        {
            environment, agent, episodes, seed, render, output, json, options, record, workers,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var settings = new Settings(
                parsed.GetRequiredValue(environment), parsed.GetValue(agent) ?? [], parsed.GetValue(episodes), parsed.GetValue(seed) ?? Rng.EntropySeed(),
                parsed.GetValue(render) ?? "none", parsed.GetValue(output), parsed.GetValue(json), parsed.GetValue(options) ?? [], parsed.GetValue(record),
                parsed.GetValue(workers));
            return runner.RunAsync("run", parsed, cancellationToken, (services, token) => ExecuteAsync(runner.Context, services, settings, token), settings.PrepareOutput);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, IServiceProvider services, Settings settings, CancellationToken cancellationToken)
    {
        var request = new RunRequest(settings.EnvironmentId)
        {
            Agents = settings.Agents,
            Options = CommonOptions.EnvironmentOptions(settings.Options, settings.Record),
            RenderMode = settings.Render switch { "ansi" => RenderMode.Ansi, "rgb" => RenderMode.RgbArray, _ => RenderMode.None },
            Workers = settings.Workers,
        };
        var counter = new EpisodeCounter();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym");
        var sinks = new List<IRunSink> { counter, new AbortedEpisodeLog(log) };
        using var csv = settings.Out is null ? null : CsvEpisodeSink.Create(Path.Combine(settings.Out, CsvEpisodeSink.FileName));
        if (csv is not null)
        {
            sinks.Add(csv);
            sinks.Add(new JsonSummarySink(Path.Combine(settings.Out!, JsonSummarySink.FileName)));
        }
        IFrameSink? frames = request.RenderMode switch
        {
            RenderMode.Ansi => new TextFrameSink(settings.Json ? context.Error : context.Out, clearScreen: false),
            RenderMode.RgbArray => new PngFrameSink(Path.Combine(settings.Out!, "frames")),
            _ => null,
        };
        var run = new RunOptions { Episodes = settings.Episodes, Seed = settings.Seed, Sinks = sinks, Frames = frames };
        var human = services.GetRequiredService<HumanAgentFactory>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, human.QuitToken);
        var environments = services.GetRequiredService<EnvRegistry>();
        var agents = services.GetRequiredService<AgentRegistry>();
        var work = Task.Run(() => RegistryRunner.Run(environments, agents, request, run, stop.Token), CancellationToken.None);
        bool quiet = settings.Json || frames is not null || settings.Agents.Any(IsHuman);
        var result = await ProgressDisplay.TrackAsync(context, !quiet, $"{settings.EnvironmentId}: {settings.Episodes} episodes", work, () => counter.Fraction).ConfigureAwait(false);

        var summary = result.Summary;
        log.LogInformation(
            "Ran {Episodes} of {Requested} episodes of {Environment} from seed {Seed}: mean return {MeanReturn}, {StepsPerSecond:0} steps/s",
            summary.Episodes, summary.Run.Episodes, summary.Run.EnvironmentId, summary.Run.Seed, summary.MeanReturn, summary.StepsPerSecond);
        if (settings.Json)
        {
            await context.Out.WriteLineAsync(RunSummaryJson.Serialize(summary)).ConfigureAwait(false);
        }
        else
        {
            result.Replay(new ConsoleTableSink(context.Out));
            if (settings.Out is not null)
            {
                string pictures = frames is PngFrameSink png ? $" and {png.Saved} frame(s) in {png.Directory}" : "";
                await context.Out.WriteLineAsync($"Wrote {CsvEpisodeSink.FileName} and {JsonSummarySink.FileName} to {settings.Out}{pictures}").ConfigureAwait(false);
            }
        }
        if (summary.Cancelled && cancellationToken.IsCancellationRequested)
        {
            string where = settings.Out is null ? "" : $"; what was collected is in {settings.Out}";
            await context.Error.WriteLineAsync($"rlgym: interrupted after {summary.Episodes} of {summary.Run.Episodes} episodes{where}").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        return ExitCodes.Success;
    }

    private static bool IsHuman(string agent)
    {
        string spec = agent[(agent.IndexOf('=', StringComparison.Ordinal) + 1)..];
        return AgentRegistry.Parse(spec).Name.Equals("human", StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Settings(
        string EnvironmentId, string[] Agents, int Episodes, ulong Seed, string Render, string? Out, bool Json, string[] Options, string? Record, int Workers)
    {
        /// <summary>
        /// Checks the settings that need no environment, and the output folder, which it creates; returns the folder
        /// (the log goes there) or null.
        /// </summary>
        public string? PrepareOutput()
        {
            if (Workers > 1 && Agents.Any(IsHuman))
            {
                throw new UserInputException($"Option '--workers' is {Workers}, but a human agent plays one game at a time; use --workers 1 to play.");
            }
            if (Out is null)
            {
                if (Render == "rgb")
                {
                    throw new UserInputException("Option '--render rgb' saves PNG frames and needs --out DIR to put them in.");
                }
                return null;
            }
            foreach (string earlier in new[] { CsvEpisodeSink.FileName, JsonSummarySink.FileName })
            {
                if (File.Exists(Path.Combine(Out, earlier)))
                {
                    throw new UserInputException(
                        $"'{Out}' already holds a run ({Path.Combine(Out, earlier)}); choose a new or empty folder for --out, or move the earlier run away first.");
                }
            }
            OutputChecks.RequireWritableFolder("--out", Out, $"to write {CsvEpisodeSink.FileName} and {JsonSummarySink.FileName} into");
            return Out;
        }
    }
}
