using RlGym.Core;
using RlGym.Testing.Harness;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.Render"/>, in every render mode: the environment reports the mode it was made with,
/// Render returns that mode's type after every call, twice in a row gives the same frame, and a trajectory
/// rendered at every call equals the same trajectory not rendered at all. That last comparison is made only
/// when the determinism check passed: otherwise a difference says nothing about Render.
/// </summary>
internal static class RenderCheck
{
    /// <summary>Rendering is slower than stepping: the render property tries this fraction of <see cref="CheckOptions.MaxTests"/>.</summary>
    private const int TestDivisor = 4;

    public static CheckResult Run(CheckContext context)
    {
        bool compareTrajectories = context.Determinism().Outcome == CheckOutcome.Passed;
        foreach (var mode in context.Harness.RenderModes)
        {
            var result = context.Property(CheckNames.Render, (script, trace) => Holds(context, mode, compareTrajectories, script, trace),
                maxTests: Math.Max(1, context.Options.MaxTests / TestDivisor));
            if (result.Outcome == CheckOutcome.Failed)
            {
                return result with { Message = $"in render mode {mode}: {result.Message}" };
            }
        }
        return CheckResult.Pass(CheckNames.Render);
    }

    private static void Holds(CheckContext context, RenderMode mode, bool compareTrajectories, ActionScript script, Trace trace)
    {
        using var rendered = context.Open(trace, mode);
        if (rendered.RenderMode != mode)
        {
            throw new InvariantViolation($"RenderMode is {rendered.RenderMode} although the environment was made with {mode}");
        }
        using var plain = compareTrajectories ? context.Open(trace, mode) : null;
        using var plainOutcomes = plain is null ? null : Episodes.Play(plain, script, new Trace()).GetEnumerator();
        foreach (var outcome in Episodes.Play(rendered, script, trace))
        {
            RenderTwice(rendered, mode, outcome.Call, trace);
            if (plainOutcomes is not null && plainOutcomes.MoveNext() && OutcomeRules.Difference(outcome, plainOutcomes.Current) is string difference)
            {
                throw new InvariantViolation(
                    $"{outcome.Call} after rendering differed from the same call without rendering: {difference}; Render must not change the state");
            }
        }
    }

    private static void RenderTwice(EnvironmentSession session, RenderMode mode, string after, Trace trace)
    {
        trace.Note($"Render() after {after}");
        var frame = session.Render();
        if (FrameRules.Problem(frame, mode) is string problem)
        {
            throw new InvariantViolation($"Render() after {after} {problem}");
        }
        var snapshot = FrameRules.Snapshot(frame);
        var again = session.Render();
        if (!FrameRules.Same(snapshot, again))
        {
            throw new InvariantViolation($"two Render() calls in a row after {after} returned different frames; Render must not change the state");
        }
    }
}
