namespace RlGym.Agents.Ppo;

/// <summary>
/// The environment a policy was trained in, recorded in its checkpoint so whoever plays it can make the same one:
/// the environment id, the options it was made with (<c>key=value</c>) and the wrappers the learner applied.
/// </summary>
/// <param name="EnvironmentId">The registered id, such as <c>CatMouse-v0</c>.</param>
/// <param name="Options">The environment options, as <c>key=value</c> items in the order given.</param>
/// <param name="Wrappers">The learner's wrappers, such as <c>NormalizeObservation</c>, innermost first.</param>
public sealed record PpoRunInfo(string EnvironmentId, IReadOnlyList<string> Options, IReadOnlyList<string> Wrappers)
{
    /// <summary>The wrapper name recorded when observations are normalised.</summary>
    public const string NormalizeObservation = "NormalizeObservation";

    /// <summary>The wrapper name recorded when rewards are normalised.</summary>
    public const string NormalizeReward = "NormalizeReward";

    /// <summary>In a multi-agent environment, the role the policy plays (null in a single-agent one).</summary>
    public string? Role { get; init; }

    /// <summary>In a multi-agent environment, the agent spec of the opponent it was trained against.</summary>
    public string? Opponent { get; init; }

    /// <summary>The options as one <c>k=v,k=v</c> string (empty when there are none).</summary>
    public string OptionsText => string.Join(",", Options);
}
