namespace RlGym.Core.Registry;

/// <summary>An id that no registration has; the message lists the closest registered ids.</summary>
public sealed class UnknownEnvironmentException : UserInputException
{
    /// <summary>Creates the error for <paramref name="id"/> with the closest registered ids.</summary>
    public UnknownEnvironmentException(string id, IReadOnlyList<string> closest, string? versionHint = null)
        : base($"No environment '{id}' is registered{versionHint}." +
               (closest.Count > 0 ? $" Closest: {string.Join(", ", closest)}." : "") +
               " Run 'rlgym list' to see them all.")
    {
        Id = id;
        Closest = closest;
    }

    /// <summary>The id asked for.</summary>
    public string Id { get; }

    /// <summary>The registered ids nearest to it.</summary>
    public IReadOnlyList<string> Closest { get; }
}
