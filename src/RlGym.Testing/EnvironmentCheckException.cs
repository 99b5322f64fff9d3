namespace RlGym.Testing;

/// <summary>Thrown by <see cref="CheckReport.ThrowIfFailed"/>; the message lists every failed check.</summary>
public sealed class EnvironmentCheckException : Exception
{
    /// <summary>Creates the exception from a report with failures.</summary>
    public EnvironmentCheckException(CheckReport report)
        : base($"{report?.EnvironmentId} failed {report?.Results.Count(r => r.Outcome == CheckOutcome.Failed)} check(s):" + Environment.NewLine +
               string.Join(Environment.NewLine, report!.Results.Where(r => r.Outcome == CheckOutcome.Failed).Select(r => $"- {r.Name}: {r.Message}")))
    {
        Report = report;
    }

    /// <summary>The full report.</summary>
    public CheckReport Report { get; }
}
