namespace RlGym.Envs.Doom.World;

/// <summary>Rays over the map grid (digital differential analysis): how far a ray travels before it meets a wall.</summary>
internal static class GridRay
{
    /// <summary>
    /// The distance in map units from (x, y) along the unit direction (dirX, dirY) to the first wall, or
    /// <paramref name="maxDistance"/> when no wall comes sooner.
    /// </summary>
    public static double Distance(DoomMap map, double x, double y, double dirX, double dirY, double maxDistance)
    {
        double cx = x / DoomMap.CellSize, cy = y / DoomMap.CellSize;
        int mapX = (int)Math.Floor(cx), mapY = (int)Math.Floor(cy);
        if (map.IsWall(mapX, mapY))
        {
            return 0;
        }
        double deltaX = dirX == 0 ? double.MaxValue : Math.Abs(1 / dirX);
        double deltaY = dirY == 0 ? double.MaxValue : Math.Abs(1 / dirY);
        int stepX = dirX < 0 ? -1 : 1, stepY = dirY < 0 ? -1 : 1;
        double sideX = dirX < 0 ? (cx - mapX) * deltaX : (mapX + 1 - cx) * deltaX;
        double sideY = dirY < 0 ? (cy - mapY) * deltaY : (mapY + 1 - cy) * deltaY;
        double maxCells = maxDistance / DoomMap.CellSize;
        while (true)
        {
            double t;
            if (sideX < sideY)
            {
                t = sideX;
                sideX += deltaX;
                mapX += stepX;
            }
            else
            {
                t = sideY;
                sideY += deltaY;
                mapY += stepY;
            }
            if (t >= maxCells)
            {
                return maxDistance;
            }
            if (map.IsWall(mapX, mapY))
            {
                return t * DoomMap.CellSize;
            }
        }
    }

    /// <summary>True when no wall stands between the two points.</summary>
    public static bool LineOfSight(DoomMap map, double x0, double y0, double x1, double y1)
    {
        double dx = x1 - x0, dy = y1 - y0;
        double length = Math.Sqrt(dx * dx + dy * dy);
        if (length < 1e-9)
        {
            return !map.IsWallAt(x0, y0);
        }
        return Distance(map, x0, y0, dx / length, dy / length, length) >= length;
    }

    /// <summary>True when a box of half-width <paramref name="radius"/> centred at (x, y) overlaps a wall cell.</summary>
    public static bool BoxHitsWall(DoomMap map, double x, double y, double radius)
    {
        const double inset = 1e-7;
        int x0 = (int)Math.Floor((x - radius) / DoomMap.CellSize), x1 = (int)Math.Floor((x + radius - inset) / DoomMap.CellSize);
        int y0 = (int)Math.Floor((y - radius) / DoomMap.CellSize), y1 = (int)Math.Floor((y + radius - inset) / DoomMap.CellSize);
        for (int cy = y0; cy <= y1; cy++)
        {
            for (int cx = x0; cx <= x1; cx++)
            {
                if (map.IsWall(cx, cy))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
