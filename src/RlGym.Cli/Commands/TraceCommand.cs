using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RlGym.Cli.Hosting;
using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Server;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym trace ENV --seed S --actions "0 1 2"</c>: resets with the seed, replays the given integer actions and prints
/// one JSON line per step (the reset is step 0) with the observation's digest (see <see cref="ObservationDigest"/>), the
/// reward and the two end flags: the C# side of a check that a remote client or a port reproduces a trajectory.
/// Multi-agent steps are written <c>cat=0,mouse=3</c>. Stops early when the episode ends.
/// </summary>
internal static class TraceCommand
{
    public static Command Create(CommandRunner runner)
    {
        var environment = CommonOptions.Environment();
        var seed = CommonOptions.Seed("The seed of the reset");
        var actions = new Option<string>("--actions")
        {
            Description = "The actions, separated by spaces: integers, or agent=integer pairs joined by commas for multi-agent environments",
            HelpName = "LIST",
            Required = true,
        };
        var options = CommonOptions.EnvOptions();
        var command = new Command("trace", "Replay fixed actions from a seed and print each step's observation digest (JSON lines)")
        {
            environment, seed, actions, options,
        };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync("trace", parsed, cancellationToken, (services, _) =>
        {
            var registry = services.GetRequiredService<EnvRegistry>();
            string id = parsed.GetRequiredValue(environment);
            string[] steps = parsed.GetRequiredValue(actions).Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries);
            var visitor = new Tracer(runner.Context.Out, parsed.GetValue(seed) ?? 0, steps, id);
            return Task.FromResult(registry.Make(id, visitor, Core.EnvOptions.Parse(parsed.GetValue(options) ?? [])));
        }));
        return command;
    }

    private sealed class Tracer(TextWriter output, ulong seed, string[] steps, string id) : IEnvironmentVisitor<int>
    {
        public int Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            using var owned = environment;
            if (typeof(TAction) != typeof(int))
            {
                throw new UserInputException($"rlgym trace replays integer actions; {id}'s actions are {typeof(TAction).Name}.");
            }
            var first = environment.Reset(seed);
            Write(0, new { observation = Digest(environment.ObservationSpace, first.Observation!), reward = 0.0, terminated = false, truncated = false, info = InfoJson.Write(first.Info) });
            for (int i = 0; i < steps.Length; i++)
            {
                var result = environment.Step((TAction)(object)ParseAction(steps[i]));
                Write(i + 1, new { observation = Digest(environment.ObservationSpace, result.Observation!), reward = result.Reward, terminated = result.Terminated, truncated = result.Truncated, info = InfoJson.Write(result.Info) });
                if (result.IsDone)
                {
                    break;
                }
            }
            return ExitCodes.Success;
        }

        public int VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            using var owned = environment;
            if (typeof(TAction) != typeof(int))
            {
                throw new UserInputException($"rlgym trace replays integer actions; {id}'s actions are {typeof(TAction).Name}.");
            }
            var first = environment.Reset(seed);
            Write(0, new { agents = first.Observations.ToDictionary(kv => kv.Key, kv => (object)new { observation = Digest(environment.ObservationSpace(kv.Key), kv.Value!), reward = 0.0, terminated = false, truncated = false, info = InfoJson.Write(first.Infos.GetValueOrDefault(kv.Key) ?? Info.Empty) }) });
            for (int i = 0; i < steps.Length && environment.Agents.Count > 0; i++)
            {
                var actions = new Dictionary<string, TAction>(StringComparer.Ordinal);
                foreach (string pair in steps[i].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    int eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new FormatException($"Step '{steps[i]}' of --actions is not of the form agent=action,agent=action.");
                    }
                    actions[pair[..eq]] = (TAction)(object)ParseAction(pair[(eq + 1)..]);
                }
                var result = environment.Step(actions);
                Write(i + 1, new
                {
                    agents = result.Observations.ToDictionary(kv => kv.Key, kv => (object)new
                    {
                        observation = Digest(environment.ObservationSpace(kv.Key), kv.Value!),
                        reward = result.Rewards[kv.Key],
                        terminated = result.Terminations[kv.Key],
                        truncated = result.Truncations[kv.Key],
                        info = InfoJson.Write(result.Infos.GetValueOrDefault(kv.Key) ?? Info.Empty),
                    }),
                });
            }
            return ExitCodes.Success;
        }

        private static string Digest(Core.Spaces.ISpace space, object observation) => ObservationDigest.Of(space, observation);

        private static int ParseAction(string text) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int action)
            ? action
            : throw new FormatException($"Action '{text}' of --actions is not an integer.");

        private void Write(int step, object fields)
        {
            var line = JsonSerializer.SerializeToNode(fields)!.AsObject();
            line.Insert(0, "step", step);
            output.WriteLine(line.ToJsonString());
        }
    }
}
