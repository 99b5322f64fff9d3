using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RlGym.Cli.Hosting;
using RlGym.Cli.Output;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Cli.Commands;

/// <summary><c>rlgym list</c>: the registered environments (description, render modes, multi-agent or not) and agents.</summary>
internal static class ListCommand
{
    public static Command Create(CommandRunner runner)
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List the registered environments and agents") { json };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync("list", parsed, cancellationToken, (services, _) =>
        {
            var environments = services.GetRequiredService<EnvRegistry>().Specs;
            var agents = services.GetRequiredService<AgentRegistry>().Factories;
            if (parsed.GetValue(json))
            {
                WriteJson(runner.Context.Out, environments, agents);
            }
            else
            {
                WriteText(runner.Context.Out, environments, agents);
            }
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    internal static string ModeName(RenderMode mode) => mode switch
    {
        RenderMode.Ansi => "ansi",
        RenderMode.RgbArray => "rgb",
        _ => "none",
    };

    private static void WriteText(TextWriter output, IReadOnlyList<EnvSpec> environments, IReadOnlyList<IAgentFactory> agents)
    {
        output.WriteLine("Environments:");
        if (environments.Count == 0)
        {
            output.WriteLine("  (none)");
        }
        int idWidth = environments.Count == 0 ? 0 : environments.Max(s => s.Id.Length);
        foreach (var spec in environments)
        {
            string modes = spec.RenderModes.Count == 0 ? "-" : string.Join(",", spec.RenderModes.Select(ModeName));
            output.WriteLine($"  {spec.Id.PadRight(idWidth)}  {(spec.MultiAgent ? "multi-agent " : "single-agent")}  render: {modes,-8}  {spec.Description}".TrimEnd());
        }
        output.WriteLine("Agents:");
        int nameWidth = agents.Max(f => f.Name.Length);
        foreach (var agent in agents)
        {
            output.WriteLine($"  {agent.Name.PadRight(nameWidth)}  {agent.Description}".TrimEnd());
        }
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<EnvSpec> environments, IReadOnlyList<IAgentFactory> agents) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("environments");
            foreach (var spec in environments)
            {
                json.WriteStartObject();
                json.WriteString("id", spec.Id);
                json.WriteString("description", spec.Description);
                json.WriteBoolean("multiAgent", spec.MultiAgent);
                json.WriteStartArray("renderModes");
                foreach (var mode in spec.RenderModes)
                {
                    json.WriteStringValue(ModeName(mode));
                }
                json.WriteEndArray();
                if (spec.MaxEpisodeSteps is int steps)
                {
                    json.WriteNumber("maxEpisodeSteps", steps);
                }
                else
                {
                    json.WriteNull("maxEpisodeSteps");
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("agents");
            foreach (var agent in agents)
            {
                json.WriteStartObject();
                json.WriteString("name", agent.Name);
                json.WriteString("description", agent.Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
}
