namespace RlGym.Envs.CatMouse.Planning;

/// <summary>
/// The dynamic-programming table of <see cref="CatMouseOptimum"/> for one cat cell: the optimal return for every
/// mouse cell and every number of moves left up to a horizon. Its buffer is reused, so preparing it again for the
/// same grid and horizon allocates nothing.
/// </summary>
internal sealed class OptimalMouseTable
{
    private static readonly Direction[] Moves = [Direction.Up, Direction.Right, Direction.Down, Direction.Left];

    private int[] _values = [];
    private int _catX = -1, _catY = -1, _width, _height, _horizon = -1;

    /// <summary>Fills the table for a cat on (<paramref name="catX"/>, <paramref name="catY"/>) up to <paramref name="horizon"/> moves left, unless it already holds it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a size is below 2, the cat is off the grid or <paramref name="horizon"/> is negative.</exception>
    public void Prepare(int catX, int catY, int width, int height, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        ArgumentOutOfRangeException.ThrowIfNegative(catX);
        ArgumentOutOfRangeException.ThrowIfNegative(catY);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(catX, width);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(catY, height);
        if (catX == _catX && catY == _catY && width == _width && height == _height && horizon == _horizon)
        {
            return;
        }
        int cells = width * height;
        int needed = (horizon + 1) * cells;
        if (_values.Length < needed)
        {
            _values = new int[needed];
        }
        (_catX, _catY, _width, _height, _horizon) = (catX, catY, width, height, horizon);
        Array.Clear(_values, 0, cells); // no moves left: nothing more to collect
        for (int left = 1; left <= horizon; left++)
        {
            for (int x = 0; x < width; x++)
            {
                for (int y = 0; y < height; y++)
                {
                    _values[(left * cells) + (x * height) + y] = Best(x, y, left).Value;
                }
            }
        }
    }

    /// <summary>The optimal return from the mouse on (<paramref name="mouseX"/>, <paramref name="mouseY"/>) with <paramref name="movesLeft"/> moves left.</summary>
    public int Value(int mouseX, int mouseY, int movesLeft)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(movesLeft, _horizon);
        return _values[(movesLeft * _width * _height) + (mouseX * _height) + mouseY];
    }

    /// <summary>
    /// An optimal move with <paramref name="movesLeft"/> moves left (1 to the prepared horizon); among equally good
    /// moves the first of up, right, down, left.
    /// </summary>
    public Direction BestMove(int mouseX, int mouseY, int movesLeft)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(movesLeft, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(movesLeft, _horizon);
        return Best(mouseX, mouseY, movesLeft).Move;
    }

    private (Direction Move, int Value) Best(int x, int y, int left)
    {
        int before = CatMouseRules.Distance(x, y, _catX, _catY);
        int cells = _width * _height;
        var best = (Move: Direction.Up, Value: int.MinValue);
        foreach (var move in Moves)
        {
            var (nx, ny) = CatMouseRules.Move(x, y, move, _width, _height);
            int value = nx == _catX && ny == _catY
                ? (int)CatMouseRules.CaughtReward
                : CatMouseRules.Distance(nx, ny, _catX, _catY) - before + _values[((left - 1) * cells) + (nx * _height) + ny];
            if (value > best.Value)
            {
                best = (move, value);
            }
        }
        return best;
    }
}
