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

    /// <summary>
    /// Two environments given the same seed and actions return equal info values at every call, not only the same keys
    /// (Gymnasium's <c>check_env</c> and PettingZoo's <c>seed_test</c> compare infos by value). Arrays, lists and
    /// dictionaries compare item by item; an <see cref="RlGym.Core.EpisodeStats"/> compares all but its wall-clock seconds.
    /// Skipped for specs marked nondeterministic.
    /// </summary>
    public const string InfoDeterminism = "info-determinism";

    /// <summary>
    /// Different seeds give different first observations (Gymnasium's <c>check_env</c> tries seeds 123 and 456): several
    /// seed pairs are tried and one differing pair passes, since one pair can collide by chance on a small board.
    /// Skipped for specs marked <see cref="RlGym.Core.Registry.EnvSpec.DeterministicByDesign"/>.
    /// </summary>
    public const string SeedsDiffer = "seeds-differ";

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

    /// <summary>
    /// PettingZoo's AEC <c>api_test</c> over <c>AsTurnBased()</c> (parallel environments only): the selected agent is a live
    /// one, <c>Last()</c> gives an observation in its space, a finite reward and an info, a done agent stepped once leaves
    /// <c>Agents</c>, and the agents stay possible ones.
    /// </summary>
    public const string TurnBased = "turn-based";

    /// <summary>
    /// PettingZoo's <c>state()</c> test, for an environment that offers a global state (<see cref="RlGym.Core.IPrivileged{TState}"/>):
    /// the state is there after every reset and step, reading it twice gives the same state, and reading it does not
    /// change the trajectory.
    /// </summary>
    public const string State = "state";

    /// <summary>
    /// PettingZoo's action-mask test: an <c>action_mask</c> in an info or a Dict observation holds one 0/1 entry per
    /// action of the agent's action space, with at least one action allowed while the agent is live.
    /// </summary>
    public const string ActionMask = "action-mask";

    /// <summary>Every check, in the order the kit runs them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Spaces, Reset, Observations, Rewards, Determinism, InfoDeterminism, SeedsDiffer, StepBeforeReset, StepAfterEnd, InvalidAction, Render, Dispose,
            TurnBased, State, ActionMask];
}
