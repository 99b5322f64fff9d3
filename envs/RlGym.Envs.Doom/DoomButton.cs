namespace RlGym.Envs.Doom;

/// <summary>
/// The binary buttons a scenario makes available, named as ViZDoom's <c>Button</c> values. A scenario lists its
/// buttons in ViZDoom's configuration order; actions are combinations of them.
/// </summary>
public enum DoomButton
{
    /// <summary>Fire the weapon (the pistol: a hitscan shot, one bullet, then a refire delay).</summary>
    Attack,

    /// <summary>Step sideways to the left (strafe).</summary>
    MoveLeft,

    /// <summary>Step sideways to the right (strafe).</summary>
    MoveRight,

    /// <summary>Walk forward.</summary>
    MoveForward,

    /// <summary>Walk backward.</summary>
    MoveBackward,

    /// <summary>Turn anticlockwise (to the left).</summary>
    TurnLeft,

    /// <summary>Turn clockwise (to the right).</summary>
    TurnRight,
}
