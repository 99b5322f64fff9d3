using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.State"/>: for an environment with a global state, over random action sequences the state is
/// there after every call, reads the same twice in a row, and reading it leaves the trajectory as a twin's that never reads it.
/// </summary>
internal static class StateCheck
{
    public static CheckResult Run(CheckContext context)
    {
        using (var probe = context.Harness.Open())
        {
            if (probe.StateReader() is null)
            {
                return CheckResult.Skip(CheckNames.State, "the environment offers no global state (IPrivileged<TState>)");
            }
        }
        return context.Property(CheckNames.State, (script, trace) =>
        {
            using var reading = context.Open(trace);
            using var twin = context.Open(trace);
            var read = reading.StateReader()!;
            var quiet = new Trace();
            using var twinOutcomes = Episodes.Play(twin, script, quiet).GetEnumerator();
            foreach (var outcome in Episodes.Play(reading, script, trace))
            {
                object? state = read() ?? throw new InvariantViolation($"{trace.Call} left the global state null; it must be there after every reset and step");
                object? again = read();
                if (!InfoValues.Equal(state, again))
                {
                    throw new InvariantViolation($"after {trace.Call} the global state read {InfoValues.Format(state)} then {InfoValues.Format(again)}; reading it must not change it");
                }
                twinOutcomes.MoveNext();
                if (!context.Nondeterministic && OutcomeRules.Difference(outcome, twinOutcomes.Current) is string difference)
                {
                    throw new InvariantViolation($"{trace.Call} differed from a twin that never read the global state: {difference}; reading the state must not change the trajectory");
                }
            }
        });
    }
}
