namespace RlGym.Agents.Ppo;

/// <summary>A learner that may have started from behaviour cloning (<see cref="PpoInit"/>).</summary>
internal interface IImitationStart
{
    /// <summary>The share of the demonstrator's actions the actor matched after cloning; NaN when it did not clone.</summary>
    double Agreement { get; }
}
