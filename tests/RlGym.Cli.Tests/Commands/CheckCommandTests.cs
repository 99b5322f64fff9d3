using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RlGym.Cli.Hosting;
using RlGym.Cli.Tests.Fixtures;
using RlGym.Core.Registry;
using RlGym.Testing;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    private sealed class FakeChecks(params CheckResult[] results) : IEnvironmentChecks
    {
        public List<(string Id, CheckOptions Options)> Calls { get; } = [];

        public CheckReport Check(EnvRegistry environments, string id, CheckOptions options)
        {
            Assert.True(environments.Contains(id));
            Calls.Add((id, options));
            return new CheckReport(id, results);
        }
    }

    private static Action<IServiceCollection> Using(FakeChecks checks) => s => s.AddSingleton<IEnvironmentChecks>(checks);

    [Fact]
    public async Task Prints_each_check_and_exits_0_when_none_fails()
    {
        var checks = new FakeChecks(new CheckResult("determinism", CheckOutcome.Passed, ""), new CheckResult("render", CheckOutcome.Skipped, "renders nothing"));

        var result = await Rlgym.RunAsync(["check", "Test/Steps-v0", "--max-tests", "7", "--seed", "3"], Using(checks));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["PASS  determinism", "SKIP  render: renders nothing", "Test/Steps-v0: 1 of 2 checks passed (0 failed, 1 skipped)"], result.OutLines);
        var call = Assert.Single(checks.Calls);
        Assert.Equal(("Test/Steps-v0", 7, (ulong?)3), (call.Id, call.Options.MaxTests, call.Options.Seed));
    }

    [Fact]
    public async Task A_failed_check_is_shown_with_its_message_and_exits_1()
    {
        var checks = new FakeChecks(new CheckResult("reset", CheckOutcome.Passed, ""), new CheckResult("determinism", CheckOutcome.Failed, "actions [1, 2] diverge"));

        var result = await Rlgym.RunAsync(["check", "Test/Steps-v0"], Using(checks));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL  determinism: actions [1, 2] diverge", result.OutLines);
        Assert.Equal(100, Assert.Single(checks.Calls).Options.MaxTests);
    }

    [Fact]
    public async Task Json_reports_every_check()
    {
        var checks = new FakeChecks(new CheckResult("reset", CheckOutcome.Passed, ""), new CheckResult("spaces", CheckOutcome.Failed, "bad"));

        var result = await Rlgym.RunAsync(["check", "Test/Tag-v0", "--json"], Using(checks));

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("Test/Tag-v0", json.RootElement.GetProperty("environment").GetString());
        Assert.False(json.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal([("reset", "passed"), ("spaces", "failed")],
            json.RootElement.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("outcome").GetString())));
    }

    [Fact]
    public async Task An_unknown_environment_is_a_usage_error_before_any_check_runs()
    {
        var checks = new FakeChecks();

        var result = await Rlgym.RunAsync(["check", "Test/Step-v0"], Using(checks));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("Closest: Test/Steps-v0", result.Error, StringComparison.Ordinal);
        Assert.Empty(checks.Calls);
    }
}
