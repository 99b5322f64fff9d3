namespace RlGym.Envs.CatMouse;

/// <summary>
/// The four moves of the cat-and-mouse world; the value is the <c>Discrete(4)</c> action that stands for it.
/// The grid's origin is the bottom-left cell and up is +y, as in the seed.
/// </summary>
public enum Direction
{
    /// <summary>One cell up (+y); compass readings in [0, 0.25).</summary>
    Up = 0,

    /// <summary>One cell right (+x); compass readings in [0.25, 0.5).</summary>
    Right = 1,

    /// <summary>One cell down (-y); compass readings in [0.5, 0.75).</summary>
    Down = 2,

    /// <summary>One cell left (-x); compass readings from 0.75 up.</summary>
    Left = 3,
}
