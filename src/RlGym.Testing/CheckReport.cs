namespace RlGym.Testing;

/// <summary>The outcome of every check run on one environment.</summary>
/// <param name="EnvironmentId">The environment checked.</param>
/// <param name="Results">One result per check, in the order they ran.</param>
public sealed record CheckReport(string EnvironmentId, IReadOnlyList<CheckResult> Results)
{
    /// <summary>True when every check passed (skipped ones do not count as failures).</summary>
    public bool Passed => Results.All(r => r.Outcome != CheckOutcome.Failed);

    /// <summary>Throws <see cref="EnvironmentCheckException"/> listing every failed check, with its shrunk counterexample.</summary>
    public void ThrowIfFailed()
    {
        if (!Passed)
        {
            throw new EnvironmentCheckException(this);
        }
    }
}
