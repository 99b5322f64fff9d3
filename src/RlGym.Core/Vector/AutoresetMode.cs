namespace RlGym.Core.Vector;

/// <summary>What a vector environment does when one of its environments finishes (Gymnasium 1.x's autoreset modes).</summary>
public enum AutoresetMode
{
    /// <summary>The step after a finished one resets that environment and ignores its action (Gymnasium's default).</summary>
    NextStep = 0,

    /// <summary>
    /// The finishing step resets at once and returns the reset's observation; its info is the reset's info plus the
    /// episode's last observation and info under <c>info["final_obs"]</c> and <c>info["final_info"]</c> (Gymnasium 1.x's keys).
    /// </summary>
    SameStep = 1,

    /// <summary>No automatic reset: reset finished environments yourself with a mask.</summary>
    Disabled = 2,
}
