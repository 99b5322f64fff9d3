namespace RlGym.Testing;

/// <summary>The outcome of one check.</summary>
/// <param name="Name">What was checked, one of <see cref="CheckNames"/>.</param>
/// <param name="Outcome">Passed, failed or skipped.</param>
/// <param name="Message">Why it failed or was skipped (with the shortest failing action sequence when there is one); empty when it passed.</param>
public sealed record CheckResult(string Name, CheckOutcome Outcome, string Message)
{
    /// <summary>The shrunk failing action sequence, when a property over random action sequences failed.</summary>
    public Counterexample? Counterexample { get; init; }

    /// <inheritdoc />
    public override string ToString() => Message.Length == 0 ? $"{Name}: {Outcome}" : $"{Name}: {Outcome}: {Message}";

    internal static CheckResult Pass(string name) => new(name, CheckOutcome.Passed, "");

    internal static CheckResult Fail(string name, string message) => new(name, CheckOutcome.Failed, message);

    internal static CheckResult Skip(string name, string reason) => new(name, CheckOutcome.Skipped, reason);
}
