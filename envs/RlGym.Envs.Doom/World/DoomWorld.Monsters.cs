using RlGym.Envs.Doom.Maps;

namespace RlGym.Envs.Doom.World;

/// <summary>
/// Monsters: asleep until they see the player, then melee monsters chase and bite while shooters stand and fire
/// hitscan pellets whenever they see the player (as often and as wide of the mark as Doom's zombies: see
/// <see cref="MissileChance"/> and <see cref="SpreadStep"/>), walking (along a breadth-first flow field) only to
/// regain sight.
/// </summary>
internal sealed partial class DoomWorld
{
    /// <summary>How far beyond touching a melee monster reaches, in map units.</summary>
    public const double MeleeReach = 14;

    /// <summary>Tics between a walking monster's attack checks (its walking frames last 4 tics).</summary>
    private const int ChaseChecks = 4;

    /// <summary>
    /// Doom aims hitscan monsters with a spread of (P_Random() - P_Random()) &lt;&lt; 20 binary angle units, this many
    /// degrees a step (up to about 22.4 degrees either side); a pellet hits when it passes within the player's radius.
    /// </summary>
    private const double SpreadStep = 360.0 / 4096;

    private void MonstersThink()
    {
        for (int i = 0; i < _count; i++)
        {
            ref Thing t = ref _things[i];
            if (!t.Kind.IsMonster() || t.Passive)
            {
                continue;
            }
            ThingInfo info = ThingInfo.Of(t.Kind);
            if (t.Patrol)
            {
                PatrolStep(ref t, info);
                continue;
            }
            double dx = _x - t.X, dy = _y - t.Y;
            double distance = Math.Sqrt(dx * dx + dy * dy);
            if (t.Windup > 0)
            {
                t.Angle = Angles.Of(dx, dy);
                if (--t.Windup == 0)
                {
                    Strike(ref t, info, distance);
                }
                continue;
            }
            if (t.Cooldown > 0)
            {
                t.Cooldown--;
            }
            if (_dead)
            {
                continue;
            }
            bool sees = GridRay.LineOfSight(Map, t.X, t.Y, _x, _y);
            if (!t.Awake)
            {
                if (!sees)
                {
                    continue;
                }
                t.Awake = true;
            }
            if (info.Melee)
            {
                if (sees && t.Cooldown == 0 && distance <= MeleeRange(info))
                {
                    t.Windup = Fast(info) ? info.Windup / 2 : info.Windup;
                    continue;
                }
            }
            else if (sees)
            {
                if (t.Cooldown == 0 && _rng.NextInt(ChaseChecks * 256) < MissileChance(distance))
                {
                    t.Windup = info.Windup;
                }
                continue;
            }
            if (!t.Stationary)
            {
                Chase(ref t, info, sees, distance);
            }
        }
    }

    /// <summary>A patrolling monster walks along x and turns back where it cannot go on.</summary>
    private void PatrolStep(ref Thing t, ThingInfo info)
    {
        double x = t.X + t.VX;
        if (MonsterFits(in t, info.Radius, x, t.Y))
        {
            t.X = x;
        }
        else
        {
            t.VX = -t.VX;
        }
        t.Angle = Angles.Of(t.VX, 0);
    }

    /// <summary>
    /// Doom's P_CheckMissileRange: out of 256, the chance that a shooter in sight starts an attack when it checks,
    /// falling with distance; it checks about every <see cref="ChaseChecks"/> tics.
    /// </summary>
    private static int MissileChance(double distance) => 256 - (int)Math.Clamp(distance - 64, 0, 200);

    /// <summary>Skill 5 (nightmare) runs melee monsters' frames at double speed, as Doom's -fast does for demons.</summary>
    private bool Fast(ThingInfo info) => info.Melee && Scenario.Skill >= 5;

    private static double MeleeRange(ThingInfo info) => info.Radius + DoomPlayer.Radius + MeleeReach;

    private void Strike(ref Thing t, ThingInfo info, double distance)
    {
        t.Cooldown = Fast(info) ? info.Cooldown / 2 : info.Cooldown;
        if (_dead)
        {
            return;
        }
        if (info.Melee)
        {
            if (distance <= MeleeRange(info) + 8)
            {
                DamagePlayer(info.DamageStep * (1 + _rng.NextInt(info.DamageSides)));
            }
            return;
        }
        if (!GridRay.LineOfSight(Map, t.X, t.Y, _x, _y))
        {
            return;
        }
        if (info.Throws is DoomObjectKind missile)
        {
            Launch(missile, t.X, t.Y, Angles.Of(_x - t.X, _y - t.Y), info.Radius, t.Id);
            return;
        }
        double reach = Math.Atan2(DoomPlayer.Radius, distance) * (180 / Math.PI);
        for (int pellet = 0; pellet < info.Pellets; pellet++)
        {
            double spread = (_rng.NextInt(256) - _rng.NextInt(256)) * SpreadStep;
            if (Math.Abs(spread) <= reach)
            {
                DamagePlayer(info.DamageStep * (1 + _rng.NextInt(info.DamageSides)));
            }
        }
    }

    private void Chase(ref Thing t, ThingInfo info, bool sees, double distance)
    {
        double targetX, targetY;
        if (sees)
        {
            if (distance <= info.Radius + DoomPlayer.Radius + 1)
            {
                return;
            }
            (targetX, targetY) = (_x, _y);
        }
        else if (!FlowTarget(t.X, t.Y, out targetX, out targetY))
        {
            return;
        }
        double mx = targetX - t.X, my = targetY - t.Y;
        double length = Math.Sqrt(mx * mx + my * my);
        if (length < 1e-9)
        {
            return;
        }
        double step = Math.Min(Fast(info) ? 2 * info.Speed : info.Speed, length);
        mx = mx / length * step;
        my = my / length * step;
        t.Angle = Angles.Of(mx, my);
        if (MonsterFits(in t, info.Radius, t.X + mx, t.Y + my))
        {
            t.X += mx;
            t.Y += my;
        }
        else if (mx != 0 && MonsterFits(in t, info.Radius, t.X + mx, t.Y))
        {
            t.X += mx;
        }
        else if (my != 0 && MonsterFits(in t, info.Radius, t.X, t.Y + my))
        {
            t.Y += my;
        }
    }

    private bool MonsterFits(in Thing self, double radius, double x, double y)
    {
        if (GridRay.BoxHitsWall(Map, x, y, radius))
        {
            return false;
        }
        double reach = radius + DoomPlayer.Radius;
        if (!_dead && Math.Abs(_x - x) < reach && Math.Abs(_y - y) < reach)
        {
            return false;
        }
        for (int i = 0; i < _count; i++)
        {
            ref readonly Thing other = ref _things[i];
            if (other.Id == self.Id || !other.Kind.IsMonster())
            {
                continue;
            }
            double both = radius + ThingInfo.Of(other.Kind).Radius;
            bool overlapsNow = Math.Abs(other.X - self.X) < both && Math.Abs(other.Y - self.Y) < both;
            if (!overlapsNow && Math.Abs(other.X - x) < both && Math.Abs(other.Y - y) < both)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The centre of the neighbouring cell one step closer to the player, by the flow field.</summary>
    private bool FlowTarget(double x, double y, out double targetX, out double targetY)
    {
        int width = Map.Width;
        int playerCell = (int)(_y / DoomMap.CellSize) * width + (int)(_x / DoomMap.CellSize);
        if (playerCell != _flowCell)
        {
            MapDistances.Fill(Map, playerCell % width, playerCell / width, _flow, _flowQueue);
            _flowCell = playerCell;
        }
        int cx = (int)(x / DoomMap.CellSize), cy = (int)(y / DoomMap.CellSize);
        int here = _flow[cy * width + cx];
        int best = -1, bestDistance = here < 0 ? int.MaxValue : here;
        ReadOnlySpan<(int X, int Y)> steps = [(1, 0), (-1, 0), (0, 1), (0, -1)];
        foreach (var (sx, sy) in steps)
        {
            int nx = cx + sx, ny = cy + sy;
            if (Map.IsWall(nx, ny))
            {
                continue;
            }
            int d = _flow[ny * width + nx];
            if (d >= 0 && d < bestDistance)
            {
                best = ny * width + nx;
                bestDistance = d;
            }
        }
        if (best < 0)
        {
            targetX = targetY = 0;
            return false;
        }
        (targetX, targetY) = new MapCell(best % width, best / width).Centre;
        return true;
    }
}
