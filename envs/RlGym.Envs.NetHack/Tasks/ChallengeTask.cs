namespace RlGym.Envs.NetHack.Tasks;

/// <summary>
/// NetHackChallenge-v0: the score task with the full keyboard, a random character, no time penalty by default, and
/// nothing answered for the agent; an episode is aborted after 10,000 steps in which game time did not advance.
/// </summary>
internal sealed class ChallengeTask(TimePenalty penalty) : ScoreTask(penalty)
{
    /// <summary>NLE's no-progress timeout.</summary>
    public const int NoProgressSteps = 10_000;

    public override IReadOnlyList<NetHackAction> Actions => NetHackActions.Full;

    public override bool AnswersPrompts => false;

    public override string DefaultCharacter => "@";

    public override int NoProgressLimit => NoProgressSteps;
}
