namespace RlGym.Envs.NetHack.Tasks;

/// <summary>How NLE's time penalty grows with the number of consecutive steps on which game time stood still.</summary>
internal enum PenaltyMode
{
    /// <summary><c>penalty_step</c> on every frozen step (NLE's default).</summary>
    Constant,

    /// <summary><c>2^frozen * penalty_step</c>.</summary>
    Exp,

    /// <summary><c>frozen^2 * penalty_step</c>.</summary>
    Square,

    /// <summary><c>frozen * penalty_step</c>.</summary>
    Linear,

    /// <summary><c>penalty_step</c> on every step.</summary>
    Always,
}
