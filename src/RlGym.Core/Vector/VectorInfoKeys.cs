namespace RlGym.Core.Vector;

/// <summary>The info keys vector environments add.</summary>
public static class VectorInfoKeys
{
    /// <summary>With <see cref="AutoresetMode.SameStep"/>: the last observation of the episode that just ended.</summary>
    public const string FinalObservation = "final_observation";

    /// <summary>With <see cref="AutoresetMode.SameStep"/>: the last info of the episode that just ended.</summary>
    public const string FinalInfo = "final_info";
}
