using RlGym.Core.Random;
using RlGym.Envs.Doom.Rendering;

namespace RlGym.Envs.Doom.Tests.Rendering;

public sealed class RayBatchTests
{
    [Fact]
    public void TheVectorAndScalarTraversalsFindTheSameWalls()
    {
        const int columns = 163;
        var cameraX = Enumerable.Range(0, columns).Select(x => 2f * (x + 0.5f) / columns - 1f).ToArray();
        var rng = new Rng(42);
        var rays = new RayBatch(columns);
        foreach (string name in DoomMap.BuiltInNames)
        {
            var map = DoomMap.BuiltIn(name);
            for (int view = 0; view < 100; view++)
            {
                var cell = map.FloorCells[rng.NextInt(map.FloorCells.Count)];
                float x = cell.X + 0.2f + 0.6f * rng.NextSingle(), y = cell.Y + 0.2f + 0.6f * rng.NextSingle();
                double angle = rng.NextDouble() * 2 * Math.PI;
                float dirX = (float)Math.Cos(angle), dirY = (float)Math.Sin(angle);
                rays.Prepare(map, x, y, dirX, dirY, dirY, -dirX, cameraX);
                rays.Traverse();
                var batch = Enumerable.Range(0, columns).Select(rays.Hit).ToArray();
                for (int c = 0; c < columns; c++)
                {
                    rays.TraverseOne(c);
                    Assert.Equal(batch[c], rays.Hit(c));
                    var (_, mapX, mapY, texture) = batch[c];
                    Assert.True(map.IsWall(mapX, mapY), $"{name}: column {c} stopped at floor cell ({mapX}, {mapY})");
                    Assert.Equal(map.WallTexture(mapX, mapY), texture);
                }
            }
        }
    }
}
