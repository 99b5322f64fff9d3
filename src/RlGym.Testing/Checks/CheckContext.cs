using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using RlGym.Core;
using RlGym.Testing.Harness;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>What every check receives, and the two ways a check runs: once, or as an FsCheck property over action scripts.</summary>
internal sealed class CheckContext(EnvironmentHarness harness, CheckOptions options, ulong seed)
{
    /// <summary>Makes the environment under test.</summary>
    public EnvironmentHarness Harness { get; } = harness;

    /// <summary>The options the kit runs with.</summary>
    public CheckOptions Options { get; } = options;

    /// <summary>The seed of this run: FsCheck's replay seed and the reset seed of checks that run once.</summary>
    public ulong Seed { get; } = seed;

    private CheckResult? _determinism;

    /// <summary>True when the spec says a trajectory need not repeat.</summary>
    public bool Nondeterministic => Harness.Spec?.Nondeterministic == true;

    /// <summary>
    /// The determinism check's result, run once per report and shared: checks that compare two trajectories
    /// (render) blame a difference on themselves only when the environment proved deterministic.
    /// </summary>
    public CheckResult Determinism() => _determinism ??= DeterminismCheck.Run(this, compareInfoValues: false);

    /// <summary>Makes a fresh environment, noting the call so a failure to make it is reported as such.</summary>
    public EnvironmentSession Open(Trace trace, RenderMode mode = RenderMode.None)
    {
        trace.Note($"making the environment (render mode {mode})");
        return Harness.Open(mode);
    }

    /// <summary>
    /// Runs <paramref name="body"/> once. It throws <see cref="InvariantViolation"/> to fail and returns a reason to
    /// skip, or null to pass; any other exception fails naming the call that threw it.
    /// </summary>
    public static CheckResult Once(string name, Func<Trace, string?> body)
    {
        var trace = new Trace();
        try
        {
            string? skip = body(trace);
            return skip is null ? CheckResult.Pass(name) : CheckResult.Skip(name, skip);
        }
        catch (InvariantViolation violation)
        {
            return CheckResult.Fail(name, violation.Message);
        }
        catch (Exception e)
        {
            return CheckResult.Fail(name, $"{trace.Call} threw {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Checks <paramref name="property"/> with FsCheck over random <see cref="ActionScript"/>s, replaying from
    /// <see cref="Seed"/>. The property throws <see cref="InvariantViolation"/> to fail; any other exception fails
    /// too. A failure is shrunk, and the message shows the shrunk seed and actions as the trace recorded them.
    /// </summary>
    public CheckResult Property(string name, Action<ActionScript, Trace> property, int? maxTests = null, int? maxLength = null)
    {
        (string Message, Counterexample Example)? last = null;
        bool Holds(ActionScript script)
        {
            var trace = new Trace();
            try
            {
                property(script, trace);
                return true;
            }
            catch (InvariantViolation violation)
            {
                last = (trace.Describe(violation.Message), trace.ToCounterexample());
            }
            catch (Exception e)
            {
                last = (trace.Describe($"{trace.Call} threw {e.GetType().Name}: {e.Message}"), trace.ToCounterexample());
            }
            return false;
        }

        var runner = new QuietRunner();
        var config = Config.Quick
            .WithMaxTest(maxTests ?? Options.MaxTests)
            .WithRunner(runner)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed), FSharpOption<int>.None)));
        Check.One(config, Prop.ForAll(ActionScripts.Arbitrary(maxLength ?? Options.MaxSequenceLength), Holds));
        if (runner.Result is null || runner.Result.IsPassed)
        {
            return CheckResult.Pass(name);
        }
        if (runner.Result is TestResult.Failed failed && last is var (message, example))
        {
            var data = failed.Item1;
            return CheckResult.Fail(name,
                $"{message} (falsified after {data.NumberOfTests} test(s) and {data.NumberOfShrinks} shrink(s); repeat with CheckOptions.Seed = {Seed})")
                with { Counterexample = example };
        }
        return CheckResult.Fail(name, $"FsCheck did not finish the property: {runner.Result}");
    }
}
