namespace RlGym.Envs.NetHack.Tasks;

/// <summary>
/// NetHackChallenge-v0: the score task with the full keyboard, a random character, no time penalty by default, and
/// nothing answered for the agent; an episode is aborted after 5,000 steps in which game time did not advance. NLE's
/// code sets its limit at 10,000 but advances the counter twice per step (once in its step, once in its reward check),
/// so 5,000 steps is the limit it enforces, and the one kept here.
/// </summary>
internal sealed class ChallengeTask(TimePenalty penalty) : ScoreTask(penalty)
{
    /// <summary>NLE's no-progress timeout as its code enforces it (see the class summary).</summary>
    public const int NoProgressSteps = 5_000;

    public override IReadOnlyList<NetHackAction> Actions => NetHackActions.Full;

    public override bool AnswersPrompts => false;

    public override string DefaultCharacter => "@";

    public override int NoProgressLimit => NoProgressSteps;
}
