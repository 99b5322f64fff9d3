using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Envs.CatMouse.Teachers;

/// <summary>
/// A one-step-lookahead mouse for the duel, from privileged state: of its four moves it takes the one whose worst case
/// over the cat's four replies is best, scoring a reply that catches (under the duel's <see cref="CatMouseDuelRules"/>)
/// as -1 and any other by the Manhattan distance left; ties go to the larger sum over the replies, then to the first
/// of up, right, down, left.
/// </summary>
/// <typeparam name="TObs">The observation type (ignored).</typeparam>
internal sealed class CatMouseEvader<TObs> : IAgent<TObs, int>
{
    private const int Caught = -1;

    private readonly IPrivileged<CatMouseState> _state;
    private readonly IPrivileged<CatMouseDuelRules> _rules;

    public CatMouseEvader(IPrivileged<CatMouseState> state, IPrivileged<CatMouseDuelRules> rules)
    {
        _state = state;
        _rules = rules;
    }

    public string Name => "evader";

    public void BeginEpisode(ulong seed)
    {
    }

    public int Act(TObs observation) => (int)Choose(_state.PrivilegedState, _rules.PrivilegedState);

    public void Observe(in Transition<TObs, int> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }

    /// <summary>The evader's move in <paramref name="state"/> under <paramref name="rules"/>.</summary>
    public static Direction Choose(in CatMouseState state, in CatMouseDuelRules rules)
    {
        var best = (Move: Direction.Up, Worst: int.MinValue, Sum: int.MinValue);
        for (var move = Direction.Up; move <= Direction.Left; move++)
        {
            var (mouseX, mouseY) = CatMouseRules.Move(state.MouseX, state.MouseY, move, state.Width, state.Height);
            int worst = int.MaxValue, sum = 0;
            for (var reply = Direction.Up; reply <= Direction.Left; reply++)
            {
                var (catX, catY) = CatMouseRules.Move(state.CatX, state.CatY, reply, state.Width, state.Height);
                int score = rules.IsCatch(state.CatX, state.CatY, state.MouseX, state.MouseY, catX, catY, mouseX, mouseY)
                    ? Caught
                    : CatMouseRules.Distance(catX, catY, mouseX, mouseY);
                worst = Math.Min(worst, score);
                sum += score;
            }
            if (worst > best.Worst || (worst == best.Worst && sum > best.Sum))
            {
                best = (move, worst, sum);
            }
        }
        return best.Move;
    }
}
