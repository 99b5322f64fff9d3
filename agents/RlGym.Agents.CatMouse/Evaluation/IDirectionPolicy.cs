using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>
/// What the evaluator needs of a brain: play one or more games side by side, answering a direction for each game's
/// current state. A recurrent brain keeps one memory per game and clears them in <see cref="BeginGames"/>.
/// </summary>
public interface IDirectionPolicy
{
    /// <summary>A short name for reports.</summary>
    string Name { get; }

    /// <summary>How many games the policy can play side by side (1 for a brain with a single recurrent memory).</summary>
    int Parallelism { get; }

    /// <summary>Starts <paramref name="games"/> new games (1 to <see cref="Parallelism"/>), forgetting everything about earlier ones.</summary>
    void BeginGames(int games);

    /// <summary>
    /// The next move of each game: <paramref name="states"/> and <paramref name="directions"/> hold one entry per game
    /// started by <see cref="BeginGames"/>, in the same order, on every call.
    /// </summary>
    void Decide(ReadOnlySpan<CatMouseState> states, Span<Direction> directions);
}
