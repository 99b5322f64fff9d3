using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>
/// Counts true mistakes: the brain drives its own piece through every game of an <see cref="EvaluationSet"/> (so its
/// mistakes lead it into states a perfect student would never see), and every move whose direction differs from the
/// teacher's answer on the same state is one mistake. The teacher is the role's: the seed's flee rule for the mouse
/// (stationary cat), the greedy chase for the cat (the mouse flees by the seed's rule; a catch ends the game).
/// </summary>
public static class MistakeEvaluator
{
    /// <summary>Plays the whole set with <paramref name="policy"/> and counts its mistakes.</summary>
    /// <exception cref="ArgumentException">When the policy's parallelism is not positive.</exception>
    public static MistakeReport Evaluate(IDirectionPolicy policy, EvaluationSet set)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(set);
        int parallel = policy.Parallelism;
        if (parallel < 1)
        {
            throw new ArgumentException($"Policy '{policy.Name}' reports parallelism {parallel}; expected at least 1.", nameof(policy));
        }
        var role = set.Role;
        int size = Math.Min(parallel, set.Games);
        var states = new CatMouseState[size];
        var directions = new Direction[size];
        var over = new bool[size];
        var slipped = new bool[size];
        int moves = 0, mistakes = 0, perfect = 0;
        for (int first = 0; first < set.Games; first += size)
        {
            int n = Math.Min(size, set.Games - first);
            for (int i = 0; i < n; i++)
            {
                states[i] = set.Starts[first + i];
                over[i] = slipped[i] = false;
            }
            policy.BeginGames(n);
            for (int move = 0; move < set.Moves; move++)
            {
                policy.Decide(states.AsSpan(0, n), directions.AsSpan(0, n));
                for (int i = 0; i < n; i++)
                {
                    if (over[i])
                    {
                        continue;
                    }
                    moves++;
                    if (directions[i] != RoleGame.Teacher(role, states[i]))
                    {
                        mistakes++;
                        slipped[i] = true;
                    }
                    var mouse = role == BrainRole.Cat ? RoleGame.MouseMove(states[i]) : default;
                    over[i] = RoleGame.Advance(role, ref states[i], directions[i], mouse);
                }
            }
            for (int i = 0; i < n; i++)
            {
                perfect += slipped[i] ? 0 : 1;
            }
        }
        return new MistakeReport(set.Games, moves, mistakes, perfect);
    }
}
