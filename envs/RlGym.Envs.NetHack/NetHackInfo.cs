namespace RlGym.Envs.NetHack;

/// <summary>
/// What a NetHack step's info holds: <see cref="EndStatus"/> always (NLE's <c>end_status</c>), and
/// <see cref="EndReason"/> when an episode ends other than by reaching the task's goal.
/// </summary>
public static class NetHackInfo
{
    /// <summary>The key of the step's status: one of the Status constants.</summary>
    public const string EndStatus = "end_status";

    /// <summary>The key of a one-line reason the episode ended (the game's last message, or why the process went away).</summary>
    public const string EndReason = "end_reason";

    /// <summary>The episode goes on.</summary>
    public const string StatusRunning = "running";

    /// <summary>The game is over (the hero died, or the game ended): terminated.</summary>
    public const string StatusDeath = "death";

    /// <summary>The task's goal was reached: terminated.</summary>
    public const string StatusSuccess = "task_successful";

    /// <summary>
    /// The episode was cut off from outside the task: the game process was killed or hung, or (Challenge) game time
    /// stood still too long. Truncated; the next reset starts a fresh game. When the process was killed or hung, the
    /// info also carries <see cref="RlGym.Core.AbortedEpisode.InfoKey"/> with the reason, so runners count the episode as
    /// aborted (a failure of the game, not a result of the agent); the Challenge's no-progress rule is an ordinary
    /// truncation.
    /// </summary>
    public const string StatusAborted = "aborted";
}
