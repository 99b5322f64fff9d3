namespace RlGym.Testing.Properties;

/// <summary>Thrown inside a check when the environment broke the invariant; the message says how.</summary>
internal sealed class InvariantViolation(string message) : Exception(message);
