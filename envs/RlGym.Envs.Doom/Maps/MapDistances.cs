namespace RlGym.Envs.Doom.Maps;

/// <summary>Breadth-first distances over floor cells (four neighbours), as the parser and the teacher need them.</summary>
internal static class MapDistances
{
    /// <summary>Steps from (x, y) to every cell: -1 for walls and cells that cannot be reached.</summary>
    public static int[] From(DoomMap map, int x, int y)
    {
        var distance = new int[map.Width * map.Height];
        var queue = new int[map.Width * map.Height];
        Fill(map, x, y, distance, queue);
        return distance;
    }

    /// <summary>Fills <paramref name="distance"/> without allocating, using <paramref name="queue"/> as scratch.</summary>
    public static void Fill(DoomMap map, int x, int y, Span<int> distance, Span<int> queue)
    {
        int width = map.Width;
        distance.Fill(-1);
        if (map.IsWall(x, y))
        {
            return;
        }
        int head = 0, tail = 0;
        int start = y * width + x;
        distance[start] = 0;
        queue[tail++] = start;
        ReadOnlySpan<byte> cells = map.Cells;
        while (head < tail)
        {
            int cell = queue[head++];
            int next = distance[cell] + 1;
            int cx = cell % width;
            if (cx > 0)
            {
                Visit(cell - 1, next, cells, distance, queue, ref tail);
            }
            if (cx < width - 1)
            {
                Visit(cell + 1, next, cells, distance, queue, ref tail);
            }
            if (cell >= width)
            {
                Visit(cell - width, next, cells, distance, queue, ref tail);
            }
            if (cell + width < cells.Length)
            {
                Visit(cell + width, next, cells, distance, queue, ref tail);
            }
        }
    }

    private static void Visit(int neighbour, int next, ReadOnlySpan<byte> cells, Span<int> distance, Span<int> queue, ref int tail)
    {
        if (cells[neighbour] == 0 && distance[neighbour] < 0)
        {
            distance[neighbour] = next;
            queue[tail++] = neighbour;
        }
    }
}
