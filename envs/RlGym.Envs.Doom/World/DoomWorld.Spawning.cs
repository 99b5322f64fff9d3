namespace RlGym.Envs.Doom.World;

/// <summary>The scenario's rules that run every tic: acid floor, medkit drops, monster respawns and extra monsters.</summary>
internal sealed partial class DoomWorld
{
    private const int PlacementTries = 16;

    private void ScenarioRules()
    {
        if (Scenario.FloorDamage > 0 && Tic % Scenario.FloorDamagePeriodTics == 0)
        {
            DamagePlayer(Scenario.FloorDamage);
        }
        if (Scenario.MedkitDropPeriodTics > 0 && Tic % Scenario.MedkitDropPeriodTics == 0)
        {
            DropMedkit();
        }
        for (int i = _respawnCount - 1; i >= 0; i--)
        {
            if (_respawns[i].DueTic <= Tic && SpawnMonster(_respawns[i].Rule, _respawns[i].Health))
            {
                _respawns[i] = _respawns[--_respawnCount];
            }
        }
        for (int rule = 0; rule < Scenario.Spawns.Count; rule++)
        {
            var spawn = Scenario.Spawns[rule];
            if (spawn.AddEveryTics is int period && Tic % period == 0 && CountOfRule(rule) < spawn.MaxCount)
            {
                SpawnMonster(rule, spawn.Health);
            }
        }
    }

    /// <summary>Places a monster of spawn rule <paramref name="rule"/> at a random free spot of its spawn cells.</summary>
    private bool SpawnMonster(int rule, int? health)
    {
        var spawn = Scenario.Spawns[rule];
        var cells = Map.SpawnCells(spawn.Kind);
        ThingInfo info = ThingInfo.Of(spawn.Kind);
        for (int attempt = 0; attempt < PlacementTries; attempt++)
        {
            var (x, y) = RandomPointIn(cells[_rng.NextInt(cells.Count)], info.Radius);
            if (SpotFree(x, y, info.Radius))
            {
                int index = Add(spawn.Kind, x, y, health ?? info.Health, spawn.Passive, rule);
                if (index < 0)
                {
                    return false;
                }
                ref Thing t = ref _things[index];
                t.Stationary = spawn.Stationary;
                t.Patrol = spawn.Patrol;
                t.VX = spawn.Patrol ? (_rng.NextInt(2) == 0 ? -info.Speed : info.Speed) : 0;
                return true;
            }
        }
        return false;
    }

    private void DropMedkit()
    {
        if (_medkitsOnFloor >= (Scenario.MaxMedkits ?? MaxThings))
        {
            return;
        }
        var (x, y) = RandomPointIn(Map.FloorCells[_rng.NextInt(Map.FloorCells.Count)], ThingInfo.Of(DoomObjectKind.Medkit).Radius);
        Add(DoomObjectKind.Medkit, x, y, 0, passive: false, rule: -1);
    }

    /// <summary>A random point of the cell where a body of <paramref name="radius"/> stays clear of the walls around it.</summary>
    private (double X, double Y) RandomPointIn(MapCell cell, double radius)
    {
        const int size = DoomMap.CellSize;
        double x = (cell.X + _rng.NextDouble()) * size;
        double y = (cell.Y + _rng.NextDouble()) * size;
        x = Clamp(x, cell.X * size, radius, Map.IsWall(cell.X - 1, cell.Y), Map.IsWall(cell.X + 1, cell.Y));
        y = Clamp(y, cell.Y * size, radius, Map.IsWall(cell.X, cell.Y - 1), Map.IsWall(cell.X, cell.Y + 1));
        if (GridRay.BoxHitsWall(Map, x, y, radius))
        {
            return cell.Centre;
        }
        return (x, y);
    }

    private static double Clamp(double value, double cellStart, double radius, bool wallBefore, bool wallAfter)
    {
        double low = wallBefore ? cellStart + radius : double.MinValue;
        double high = wallAfter ? cellStart + DoomMap.CellSize - radius : double.MaxValue;
        return low > high ? cellStart + DoomMap.CellSize / 2.0 : Math.Clamp(value, low, high);
    }

    private bool SpotFree(double x, double y, double radius)
    {
        double reach = radius + DoomPlayer.Radius;
        if (Math.Abs(_x - x) < reach && Math.Abs(_y - y) < reach)
        {
            return false;
        }
        for (int i = 0; i < _count; i++)
        {
            ref readonly Thing t = ref _things[i];
            double both = radius + ThingInfo.Of(t.Kind).Radius;
            if (t.Kind.IsMonster() && Math.Abs(t.X - x) < both && Math.Abs(t.Y - y) < both)
            {
                return false;
            }
        }
        return true;
    }
}
