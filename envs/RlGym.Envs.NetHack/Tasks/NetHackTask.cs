using RlGym.Envs.NetHack.Game;
using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tasks;

/// <summary>
/// One of NLE's tasks: its action set, how the game is set up for it, and its reward and goal. The reward of a step
/// is the task's own term plus NLE's time penalty; outside a running game (after it ended) it is 0, as in NLE.
/// </summary>
internal abstract class NetHackTask(TimePenalty penalty)
{
    /// <summary>The keys an action index stands for.</summary>
    public virtual IReadOnlyList<NetHackAction> Actions => NetHackActions.Task;

    /// <summary>True when the bridge answers --More--, menus and prompts as NLE does (every task but the Challenge).</summary>
    public virtual bool AnswersPrompts => true;

    /// <summary>The object classes picked up automatically.</summary>
    public virtual string PickupTypes => GameOptions.DefaultPickupTypes;

    /// <summary>The character played unless the <c>character</c> option says otherwise.</summary>
    public virtual string DefaultCharacter => Character.Default;

    /// <summary>Steps without the game's turn counter moving after which the episode is aborted (truncated); 0 for never.</summary>
    public virtual int NoProgressLimit => 0;

    /// <summary>Starts an episode from its first view.</summary>
    public virtual void BeginEpisode(GameView start) => penalty.Reset();

    /// <summary>The reward of the step from <paramref name="before"/> to <paramref name="after"/>, and whether it reached the goal.</summary>
    public TaskOutcome Evaluate(GameView before, GameView after)
    {
        if (!before.InGame || !after.InGame)
        {
            return new TaskOutcome(0, false);
        }
        double timePenalty = penalty.For(before.Blstats[Blstats.Time], after.Blstats[Blstats.Time]);
        var (reward, success) = Judge(before, after);
        return new TaskOutcome(reward + timePenalty, success);
    }

    /// <summary>The task's own reward term (without the time penalty) and whether the goal is reached.</summary>
    protected abstract (double Reward, bool Success) Judge(GameView before, GameView after);
}
