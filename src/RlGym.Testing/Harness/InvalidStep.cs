namespace RlGym.Testing.Harness;

/// <summary>One step the environment must refuse with an <see cref="ArgumentException"/>.</summary>
/// <param name="Call">The call as a message shows it.</param>
/// <param name="Why">Why the step is invalid, such as "the action is outside Discrete(4)".</param>
/// <param name="MustName">Texts the error message must contain (the space and the action, or the agent).</param>
/// <param name="Naming">What the message must name, in words: "the action and the space" or "the agent".</param>
/// <param name="Run">Performs the step.</param>
internal sealed record InvalidStep(string Call, string Why, IReadOnlyList<string> MustName, string Naming, Action Run)
{
    /// <summary>The words for an action outside its space.</summary>
    public const string ActionAndSpace = "the action and the space";

    /// <summary>The words for a missing or unknown agent.</summary>
    public const string Agent = "the agent";
}
