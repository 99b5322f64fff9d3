using RlGym.Core.Spaces;

namespace RlGym.Core;

/// <summary>
/// The errors every environment raises the same way, so users read one wording everywhere. Environment
/// authors call these rather than writing their own messages.
/// </summary>
public static class EnvironmentErrors
{
    /// <summary>Step was called before the first Reset.</summary>
    public static InvalidOperationException StepBeforeReset(string environment) =>
        new($"{environment}: Step was called before Reset; call Reset() to start an episode first.");

    /// <summary>Step was called after the episode terminated or was truncated.</summary>
    public static InvalidOperationException StepAfterEnd(string environment) =>
        new($"{environment}: Step was called after the episode ended (terminated or truncated); call Reset() to start a new episode.");

    /// <summary>A method was called after Dispose.</summary>
    public static ObjectDisposedException Disposed(string environment) =>
        new(environment, $"{environment} was disposed; make a new environment.");

    /// <summary>Throws <see cref="InvalidActionException"/> when <paramref name="action"/> is not in <paramref name="space"/>.</summary>
    public static void ThrowIfInvalid<TAction>(ISpace<TAction> space, TAction action)
    {
        if (!space.Contains(action))
        {
            throw new InvalidActionException(space, action);
        }
    }
}
