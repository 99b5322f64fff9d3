using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RlGym.Cli.Hosting;
using RlGym.Cli.Output;
using RlGym.Cli.Play;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Runner;
using RlGym.Runner.Sinks;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym play ENV</c>: a person plays in the terminal. The board is drawn after every step when the environment
/// renders text; keys go through its key map, or actions are typed. In a multi-agent environment the person plays
/// every role not given to an agent with <c>--agent role=spec</c>. <c>q</c> quits.
/// </summary>
internal static class PlayCommand
{
    public static Command Create(CommandRunner runner)
    {
        var environment = CommonOptions.Environment();
        var episodes = CommonOptions.Count("--episodes", 1, "How many episodes to play", "N");
        var seed = CommonOptions.Seed("The seed of the first episode (default: a fresh seed, reported)");
        var agent = new Option<string[]>("--agent") { Description = "Give a role of a multi-agent environment to an agent: role=spec (repeatable)", HelpName = "ROLE=SPEC" };
        var options = CommonOptions.EnvOptions();
        var record = CommonOptions.Record();
        var command = new Command("play", "Play an environment yourself in the terminal") { environment, episodes, seed, agent, options, record };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync("play", parsed, cancellationToken, async (services, token) =>
        {
            var context = runner.Context;
            string id = parsed.GetRequiredValue(environment);
            var registry = services.GetRequiredService<EnvRegistry>();
            var spec = registry.Spec(id);
            var request = new RunRequest(id)
            {
                Agents = [.. parsed.GetValue(agent) ?? [], "human"],
                Options = CommonOptions.EnvironmentOptions(parsed.GetValue(options) ?? [], parsed.GetValue(record)),
                RenderMode = spec.RenderModes.Contains(RenderMode.Ansi) ? RenderMode.Ansi : RenderMode.None,
            };
            var human = services.GetRequiredService<HumanAgentFactory>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(token, human.QuitToken);
            var run = new RunOptions
            {
                Episodes = parsed.GetValue(episodes),
                Seed = parsed.GetValue(seed) ?? Rng.EntropySeed(),
                Frames = new TextFrameSink(context.Out, clearScreen: context.ReadKey is not null),
            };
            var agents = services.GetRequiredService<AgentRegistry>();
            var result = await Task.Run(() => RegistryRunner.Run(registry, agents, request, run, stop.Token), CancellationToken.None).ConfigureAwait(false);
            result.Replay(new ConsoleTableSink(context.Out));
            if (token.IsCancellationRequested)
            {
                return ExitCodes.Interrupted;
            }
            if (human.QuitToken.IsCancellationRequested)
            {
                await context.Out.WriteLineAsync("Quit.").ConfigureAwait(false);
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
