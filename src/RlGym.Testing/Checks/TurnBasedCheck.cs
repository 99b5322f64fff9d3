namespace RlGym.Testing.Checks;

/// <summary><see cref="CheckNames.TurnBased"/>: PettingZoo's AEC API rules over random action sequences, for parallel environments.</summary>
internal static class TurnBasedCheck
{
    public static CheckResult Run(CheckContext context)
    {
        using (var probe = context.Harness.Open())
        {
            if (!probe.IsParallel)
            {
                return CheckResult.Skip(CheckNames.TurnBased, "a single-agent environment has no turn-based view");
            }
        }
        return context.Property(CheckNames.TurnBased, (script, trace) =>
        {
            using var session = context.Open(trace);
            session.PlayTurnBased(script, trace);
        });
    }
}
