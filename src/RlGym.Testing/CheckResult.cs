namespace RlGym.Testing;

/// <summary>The outcome of one check.</summary>
/// <param name="Name">What was checked, such as "determinism".</param>
/// <param name="Outcome">Passed, failed or skipped.</param>
/// <param name="Message">Why it failed or was skipped (with the shortest failing action sequence when there is one); empty when it passed.</param>
public sealed record CheckResult(string Name, CheckOutcome Outcome, string Message);
