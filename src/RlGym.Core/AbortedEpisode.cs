using System.Diagnostics.CodeAnalysis;

namespace RlGym.Core;

/// <summary>
/// The info convention for an episode an environment could not finish: its game process was killed or hung, a
/// connection dropped, a simulator crashed. Such a step ends the episode as <c>Truncated</c> and carries
/// <see cref="InfoKey"/> (<c>"aborted"</c>) with a one-line reason (a string) in its info. An episode cut off by a
/// rule of the task or a time limit is an ordinary truncation and carries no such entry. Runners count aborted
/// episodes apart and say so (the CSV's <c>aborted</c> and <c>abort_reason</c> columns, the summary's count, a
/// warning in the log), because their return and length measure the failure, not the agent.
/// </summary>
public static class AbortedEpisode
{
    /// <summary>The info key of an aborted episode's last step; its value is the reason, one line of text.</summary>
    public const string InfoKey = "aborted";

    /// <summary>A copy of <paramref name="info"/> marking the episode aborted for <paramref name="reason"/>.</summary>
    /// <exception cref="ArgumentException">When the reason is empty.</exception>
    public static Info Mark(Info info, string reason)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return info.With(InfoKey, reason);
    }

    /// <summary>True when <paramref name="info"/> marks an aborted episode; <paramref name="reason"/> is then its reason.</summary>
    public static bool TryGetReason(Info? info, [NotNullWhen(true)] out string? reason)
    {
        if (info is not null && info.TryGetValue(InfoKey, out var value) && value is not null)
        {
            reason = value as string ?? value.ToString() ?? "aborted";
            return true;
        }
        reason = null;
        return false;
    }
}
