using RlGym.Testing.Harness;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.Determinism"/> and <see cref="CheckNames.InfoDeterminism"/> (PettingZoo's <c>seed_test</c> for
/// parallel environments): two fresh environments given the same seed and actions agree at every call, including
/// unseeded resets after episodes end and one more unseeded reset at the end; the second also compares info values.
/// </summary>
internal static class DeterminismCheck
{
    public static CheckResult Run(CheckContext context, bool compareInfoValues)
    {
        string name = compareInfoValues ? CheckNames.InfoDeterminism : CheckNames.Determinism;
        if (context.Nondeterministic)
        {
            return CheckResult.Skip(name,
                "the spec marks the environment nondeterministic" + (context.Harness.Spec?.Description is { Length: > 0 } why ? $" ({why})" : ""));
        }
        return context.Property(name, (script, trace) =>
        {
            using var a = context.Open(trace);
            using var b = context.Open(trace);
            var twin = new Trace();
            using var outcomesB = Episodes.Play(b, script, twin).GetEnumerator();
            foreach (var outcome in Episodes.Play(a, script, trace))
            {
                outcomesB.MoveNext();
                Compare(outcome, outcomesB.Current, compareInfoValues);
            }
            Compare(a.Reset(null, null, trace), b.Reset(null, null, twin), compareInfoValues);
        });
    }

    private static void Compare(Outcome a, Outcome b, bool compareInfoValues)
    {
        if (OutcomeRules.Difference(a, b, compareInfoValues) is string difference)
        {
            throw new InvariantViolation(
                $"{a.Call} gave different results in two environments made alike and given the same seed and actions: {difference}" +
                (a.IsReset && a.Call == "Reset()" ? "; an unseeded reset must continue the environment's seeded generator" : ""));
        }
    }
}
