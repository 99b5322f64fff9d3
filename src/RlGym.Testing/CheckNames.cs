namespace RlGym.Testing;

/// <summary>
/// The names of the checks the kit runs, stable so tests and the command line can pick them. Each name means the
/// same invariant for single-agent and multi-agent (parallel) environments; where PettingZoo names its test, the
/// summary says which check holds it.
/// </summary>
public static class CheckNames
{
    /// <summary>Spaces are there, the same object on every call, and well formed: seeded samples lie in the space and repeat after reseeding.</summary>
    public const string Spaces = "spaces";

    /// <summary>A seeded reset gives an observation in the space and an info; resetting with the same seed gives the same observation.</summary>
    public const string Reset = "reset";

    /// <summary>
    /// Over random action sequences, every observation lies in its space and every info is there. For a parallel
    /// environment this is PettingZoo's <c>parallel_api_test</c>: the dictionaries cover exactly the live agents, the
    /// agents are possible ones, and an agent that is done never comes back within the episode.
    /// </summary>
    public const string Observations = "observations";

    /// <summary>Over random action sequences, every reward is a finite number.</summary>
    public const string Rewards = "rewards";

    /// <summary>
    /// Two environments given the same seed and actions produce the same trajectory, including after an unseeded
    /// reset (PettingZoo's <c>seed_test</c> for parallel environments). Skipped for specs marked nondeterministic.
    /// </summary>
    public const string Determinism = "determinism";

    /// <summary>Step before the first Reset throws an <see cref="InvalidOperationException"/> that says to call Reset.</summary>
    public const string StepBeforeReset = "step-before-reset";

    /// <summary>Step after the episode ended throws an <see cref="InvalidOperationException"/> that says to call Reset.</summary>
    public const string StepAfterEnd = "step-after-end";

    /// <summary>An action outside the action space throws an <see cref="ArgumentException"/> naming the action and the space.</summary>
    public const string InvalidAction = "invalid-action";

    /// <summary>Render returns the type its mode declares, the same frame twice in a row, and does not change the trajectory.</summary>
    public const string Render = "render";

    /// <summary>Disposing twice does not throw.</summary>
    public const string Dispose = "dispose";

    /// <summary>Every check, in the order the kit runs them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Spaces, Reset, Observations, Rewards, Determinism, StepBeforeReset, StepAfterEnd, InvalidAction, Render, Dispose];
}
