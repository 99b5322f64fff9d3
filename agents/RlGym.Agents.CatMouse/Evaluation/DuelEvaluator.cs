using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>
/// Plays duels (CatMouseDuel-v0's rules: both move at once, a catch on one cell or on swapped cells ends the duel)
/// between a cat and a mouse, each a brain or, when null, its teacher (the greedy chase, the seed's flee rule), and
/// counts catches and each side's disagreements with its teacher on the states the duel reaches.
/// </summary>
public static class DuelEvaluator
{
    /// <summary>Plays every start of <paramref name="set"/> (a cat set: no start is caught) for at most its moves.</summary>
    /// <exception cref="ArgumentException">When the set is not a cat set, or the two policies play different numbers of games side by side.</exception>
    public static DuelReport Evaluate(IDirectionPolicy? cat, IDirectionPolicy? mouse, EvaluationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.Role != BrainRole.Cat)
        {
            throw new ArgumentException("Duels start from a cat evaluation set (the mouse never starts on the cat).", nameof(set));
        }
        int size = Math.Min(cat?.Parallelism ?? mouse?.Parallelism ?? set.Games, set.Games);
        if (cat is not null && mouse is not null && cat.Parallelism != mouse.Parallelism)
        {
            throw new ArgumentException($"The cat plays {cat.Parallelism} and the mouse {mouse.Parallelism} games side by side; give them the same parallelism.");
        }
        var states = new CatMouseState[size];
        var catMoves = new Direction[size];
        var mouseMoves = new Direction[size];
        var over = new bool[size];
        int catches = 0, catMistakes = 0, mouseMistakes = 0, moves = 0;
        long catchSteps = 0;
        for (int first = 0; first < set.Games; first += size)
        {
            int n = Math.Min(size, set.Games - first);
            for (int i = 0; i < n; i++)
            {
                states[i] = set.Starts[first + i];
                over[i] = false;
            }
            cat?.BeginGames(n);
            mouse?.BeginGames(n);
            for (int move = 0; move < set.Moves; move++)
            {
                cat?.Decide(states.AsSpan(0, n), catMoves.AsSpan(0, n));
                mouse?.Decide(states.AsSpan(0, n), mouseMoves.AsSpan(0, n));
                for (int i = 0; i < n; i++)
                {
                    if (over[i])
                    {
                        continue;
                    }
                    var chase = CatMouseRules.ChaseDirection(states[i]);
                    var flee = CatMouseRules.FleeDirection(states[i]);
                    var catMove = cat is null ? chase : catMoves[i];
                    var mouseMove = mouse is null ? flee : mouseMoves[i];
                    moves++;
                    catMistakes += catMove != chase ? 1 : 0;
                    mouseMistakes += mouseMove != flee ? 1 : 0;
                    if (RoleGame.Advance(BrainRole.Cat, ref states[i], catMove, mouseMove))
                    {
                        over[i] = true;
                        catches++;
                        catchSteps += move + 1;
                    }
                }
            }
        }
        return new DuelReport(set.Games, catches, catchSteps, moves, catMistakes, mouseMistakes);
    }
}
