namespace RlGym.Envs.CatMouse.Planning;

/// <summary>
/// The exact optimum of CatMouse-v0 (a stationary cat, a mouse that moves one cell a step, reward the change in
/// Manhattan distance, -10 and terminated on stepping onto the cat), computed by dynamic programming over the moves
/// left: V<sub>0</sub> = 0, V<sub>k</sub>(m) = max over the four moves of -10 when the move ends on the cat, else the
/// change in distance plus V<sub>k-1</sub> of the cell reached. Returns are integers, so the optimum is exact.
/// </summary>
public static class CatMouseOptimum
{
    /// <summary>The best return the mouse can still collect from <paramref name="state"/> with <paramref name="moves"/> moves left.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="moves"/> is negative or a cell is off the grid.</exception>
    public static int OptimalReturn(in CatMouseState state, int moves)
    {
        var table = new OptimalMouseTable();
        table.Prepare(state.CatX, state.CatY, state.Width, state.Height, moves);
        return table.Value(state.MouseX, state.MouseY, moves);
    }

    /// <summary>
    /// The expected optimal return of an episode of <paramref name="moves"/> moves whose start cells are drawn as
    /// CatMouse-v0 draws them (cat x, cat y, mouse x, mouse y each uniform, the two may share a cell): the mean of
    /// the optimum over every start.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When a size is below 2 or <paramref name="moves"/> is negative.</exception>
    public static double MeanOptimalReturn(int width, int height, int moves)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 2);
        var table = new OptimalMouseTable();
        long total = 0;
        for (int catX = 0; catX < width; catX++)
        {
            for (int catY = 0; catY < height; catY++)
            {
                table.Prepare(catX, catY, width, height, moves);
                for (int mouseX = 0; mouseX < width; mouseX++)
                {
                    for (int mouseY = 0; mouseY < height; mouseY++)
                    {
                        total += table.Value(mouseX, mouseY, moves);
                    }
                }
            }
        }
        return total / (double)((long)width * height * width * height);
    }
}
