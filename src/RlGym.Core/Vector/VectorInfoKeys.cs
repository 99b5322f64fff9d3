namespace RlGym.Core.Vector;

/// <summary>The info keys vector environments add, named as Gymnasium 1.x names them.</summary>
public static class VectorInfoKeys
{
    /// <summary>With <see cref="AutoresetMode.SameStep"/>: the last observation of the episode that just ended (Gymnasium 1.x's <c>final_obs</c>).</summary>
    public const string FinalObservation = "final_obs";

    /// <summary>With <see cref="AutoresetMode.SameStep"/>: the last info of the episode that just ended (Gymnasium 1.x's <c>final_info</c>).</summary>
    public const string FinalInfo = "final_info";
}
