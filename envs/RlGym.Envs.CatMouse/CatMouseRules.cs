using System.Runtime.CompilerServices;

namespace RlGym.Envs.CatMouse;

/// <summary>
/// The pure rules of the cat-and-mouse world (seed 001), shared by the environments, the batched vector
/// environment, the teachers and any trainer that needs them: moving with clamping at the walls, the compass
/// reading the seed's network outputs, the seed's flee teacher for the mouse and a greedy chase for the cat.
/// Cells are integers with the origin at the bottom-left and up as +y.
/// </summary>
public static class CatMouseRules
{
    /// <summary>The reward of CatMouse-v0 when the mouse ends a move on the cat's cell.</summary>
    public const double CaughtReward = -10.0;

    /// <summary>The cell one move from (<paramref name="x"/>, <paramref name="y"/>), clamped to the grid as the seed's <c>np.clip</c> does.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="direction"/> is not one of the four moves.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (int X, int Y) Move(int x, int y, Direction direction, int width, int height)
    {
        switch (direction)
        {
            case Direction.Up:
                y++;
                break;
            case Direction.Right:
                x++;
                break;
            case Direction.Down:
                y--;
                break;
            case Direction.Left:
                x--;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(direction), direction, "A direction is Up (0), Right (1), Down (2) or Left (3).");
        }
        return (Math.Clamp(x, 0, width - 1), Math.Clamp(y, 0, height - 1));
    }

    /// <summary>
    /// The move a clockwise compass reading stands for, with the seed's quadrants: below 0.25 up, below 0.5 right,
    /// below 0.75 down, otherwise left. As in the seed, readings below 0 count as up and readings above 1 as left.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="reading"/> is NaN.</exception>
    public static Direction FromCompass(double reading)
    {
        if (double.IsNaN(reading))
        {
            throw new ArgumentOutOfRangeException(nameof(reading), reading, "A compass reading must be a number (0 to 1).");
        }
        return reading < 0.25 ? Direction.Up
            : reading < 0.5 ? Direction.Right
            : reading < 0.75 ? Direction.Down
            : Direction.Left;
    }

    /// <summary>The midpoint of a move's compass quadrant: 0.125 up, 0.375 right, 0.625 down, 0.875 left (the seed's teacher outputs).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="direction"/> is not one of the four moves.</exception>
    public static float ToCompass(Direction direction) => direction switch
    {
        Direction.Up => 0.125f,
        Direction.Right => 0.375f,
        Direction.Down => 0.625f,
        Direction.Left => 0.875f,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "A direction is Up (0), Right (1), Down (2) or Left (3)."),
    };

    /// <summary>The Manhattan distance between two cells (the number of moves between them on an open grid).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Distance(int ax, int ay, int bx, int by) => Math.Abs(ax - bx) + Math.Abs(ay - by);

    /// <summary>
    /// The seed's "stupid teacher" for the mouse, ported decision for decision: run away from the cat along the axis
    /// the mouse is already furthest on, and along the wall when a wall is in the way. Its asymmetries are kept:
    /// the mouse counts as right of the cat when level with it (dx &gt;= 0); at the right wall level with the cat it
    /// still answers right (blocked), while at the left wall level with the cat it answers up.
    /// </summary>
    /// <param name="catX">The cat's column.</param>
    /// <param name="catY">The cat's row.</param>
    /// <param name="mouseX">The mouse's column.</param>
    /// <param name="mouseY">The mouse's row.</param>
    /// <param name="width">The grid's width (the seed's map_width).</param>
    /// <param name="height">The grid's height (the seed's map_height).</param>
    public static Direction FleeDirection(int catX, int catY, int mouseX, int mouseY, int width, int height)
    {
        int dx = mouseX - catX;
        int dy = mouseY - catY;
        if (dx >= 0)
        {
            if (dy > dx && mouseY != height - 1)
            {
                return Direction.Up;
            }
            if (-dy > dx && mouseY != 0)
            {
                return Direction.Down;
            }
            if (dy > 0 && mouseX == width - 1)
            {
                return Direction.Up;
            }
            if (dy < 0 && mouseX == width - 1)
            {
                return Direction.Down;
            }
            return Direction.Right;
        }
        if (dy > -dx && mouseY != height - 1)
        {
            return Direction.Up;
        }
        if (-dy > -dx && mouseY != 0)
        {
            return Direction.Down;
        }
        if (dy >= 0 && mouseX == 0)
        {
            return Direction.Up;
        }
        if (dy < 0 && mouseX == 0)
        {
            return Direction.Down;
        }
        return Direction.Left;
    }

    /// <summary>The seed's flee teacher on a state.</summary>
    public static Direction FleeDirection(in CatMouseState state) =>
        FleeDirection(state.CatX, state.CatY, state.MouseX, state.MouseY, state.Width, state.Height);

    /// <summary>
    /// A greedy chase for the cat: close the larger of the two gaps to the mouse by one cell, the horizontal one when
    /// they are equal. On the mouse's own cell (no gap to close) it answers up.
    /// </summary>
    /// <param name="catX">The cat's column.</param>
    /// <param name="catY">The cat's row.</param>
    /// <param name="mouseX">The mouse's column.</param>
    /// <param name="mouseY">The mouse's row.</param>
    public static Direction ChaseDirection(int catX, int catY, int mouseX, int mouseY)
    {
        int dx = mouseX - catX;
        int dy = mouseY - catY;
        if (dx != 0 && Math.Abs(dx) >= Math.Abs(dy))
        {
            return dx > 0 ? Direction.Right : Direction.Left;
        }
        if (dy != 0)
        {
            return dy > 0 ? Direction.Up : Direction.Down;
        }
        return Direction.Up;
    }

    /// <summary>The greedy chase on a state.</summary>
    public static Direction ChaseDirection(in CatMouseState state) =>
        ChaseDirection(state.CatX, state.CatY, state.MouseX, state.MouseY);

    /// <summary>
    /// A cell's coordinate as the observation gives it: <paramref name="cell"/> / (<paramref name="size"/> - 1), in [0, 1].
    /// Every part of the package (single, batched, spaces) uses this one division so that results are bit-identical.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Normalise(int cell, int size) => cell / (float)(size - 1);
}
