namespace RlGym.Core.Vector;

/// <summary>What a vector environment does when one of its environments finishes (Gymnasium 1.x's autoreset modes).</summary>
public enum AutoresetMode
{
    /// <summary>The step after a finished one resets that environment and ignores its action (Gymnasium's default).</summary>
    NextStep = 0,

    /// <summary>The finishing step resets at once; the last observation and info are in <c>info["final_observation"]</c> and <c>info["final_info"]</c>.</summary>
    SameStep = 1,

    /// <summary>No automatic reset: reset finished environments yourself with a mask.</summary>
    Disabled = 2,
}
