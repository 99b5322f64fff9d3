namespace RlGym.Testing;

/// <summary>How a check ended.</summary>
public enum CheckOutcome
{
    /// <summary>The invariant held.</summary>
    Passed = 0,

    /// <summary>The invariant was broken.</summary>
    Failed = 1,

    /// <summary>The check does not apply to this environment (the message says why).</summary>
    Skipped = 2,
}
