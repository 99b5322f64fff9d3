using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.SeedsDiffer"/>: Gymnasium's check that a stochastic environment's first observation depends on
/// the seed. Gymnasium tries seeds 123 and 456; one pair can collide by chance on a small board, so several pairs are
/// tried and any differing pair passes.
/// </summary>
internal static class SeedsDifferCheck
{
    private static readonly (ulong, ulong)[] Pairs = [(123, 456), (0, 1), (7, 1000), (42, 4242), (2024, 31337), (5, 6)];

    public static CheckResult Run(CheckContext context) => CheckContext.Once(CheckNames.SeedsDiffer, trace =>
    {
        if (context.Harness.Spec?.DeterministicByDesign == true)
        {
            return "the spec marks the environment deterministic by design: its first observation does not depend on the seed";
        }
        using var session = context.Open(trace);
        foreach (var (a, b) in Pairs)
        {
            var first = session.Reset(a, null, trace);
            var second = session.Reset(b, null, trace);
            if (OutcomeRules.ObservationDifference(first, second) is not null)
            {
                return null;
            }
        }
        throw new InvariantViolation(
            $"the first observation was the same for every seed tried ({string.Join(", ", Pairs.Select(p => $"{p.Item1} and {p.Item2}"))}); " +
            "a seed must choose the start of a stochastic environment, or mark the spec DeterministicByDesign when nothing in its start is random");
    });
}
