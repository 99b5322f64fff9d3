using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RlGym.Cli.Hosting;
using RlGym.Cli.Output;
using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Cli.Commands;

/// <summary><c>rlgym check ENV</c>: runs the invariant kit on an environment and prints each check; exit code 1 when one fails.</summary>
internal static class CheckCommand
{
    public static Command Create(CommandRunner runner)
    {
        var environment = CommonOptions.Environment();
        var maxTests = CommonOptions.Count("--max-tests", new CheckOptions().MaxTests, "How many random action sequences each property tries", "N", SizeLimits.MaxTests);
        var seed = CommonOptions.Seed("The seed of the property generator, to repeat a failing check");
        var json = CommonOptions.Json();
        var command = new Command("check", "Check an environment against the Gymnasium and PettingZoo contracts") { environment, maxTests, seed, json };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync("check", parsed, cancellationToken, (services, _) =>
        {
            string id = parsed.GetRequiredValue(environment);
            var registry = services.GetRequiredService<EnvRegistry>();
            registry.Spec(id);
            var options = new CheckOptions { MaxTests = parsed.GetValue(maxTests), Seed = parsed.GetValue(seed) };
            var report = services.GetRequiredService<IEnvironmentChecks>().Check(registry, id, options);
            if (parsed.GetValue(json))
            {
                WriteJson(runner.Context.Out, report);
            }
            else
            {
                WriteText(runner.Context.Out, report);
            }
            return Task.FromResult(report.Passed ? ExitCodes.Success : ExitCodes.Failure);
        }));
        return command;
    }

    private static string Label(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Passed => "PASS",
        CheckOutcome.Failed => "FAIL",
        _ => "SKIP",
    };

    private static void WriteText(TextWriter output, CheckReport report)
    {
        foreach (var result in report.Results)
        {
            string message = result.Message.Length == 0 ? "" : ": " + result.Message.ReplaceLineEndings(Environment.NewLine + "      ");
            output.WriteLine($"{Label(result.Outcome)}  {result.Name}{message}");
        }
        int passed = report.Results.Count(r => r.Outcome == CheckOutcome.Passed);
        int failed = report.Results.Count(r => r.Outcome == CheckOutcome.Failed);
        int skipped = report.Results.Count - passed - failed;
        output.WriteLine($"{report.EnvironmentId}: {passed} of {report.Results.Count} checks passed ({failed} failed, {skipped} skipped)");
    }

    private static void WriteJson(TextWriter output, CheckReport report) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("environment", report.EnvironmentId);
            json.WriteBoolean("passed", report.Passed);
            json.WriteStartArray("checks");
            foreach (var result in report.Results)
            {
                json.WriteStartObject();
                json.WriteString("name", result.Name);
                json.WriteString("outcome", result.Outcome.ToString().ToLowerInvariant());
                json.WriteString("message", result.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
}
