using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Duel;

/// <summary>
/// The duel's simulation: two players on one map, advanced a tic (1/35 s) at a time with the single-player world's
/// walking thrust, friction and wall sliding (<see cref="DoomWorld"/>'s constants), each with Doom's pistol (a hitscan
/// shot of 5, 10 or 15 damage, one bullet, 14 tics between shots). Both players move, then both fire, then damage
/// lands, so two shots in one tic both count. A player whose health reaches 0 is fragged: the shooter's frag count
/// rises by one, the victim's death count too, and the victim respawns after <see cref="RespawnDelayTics"/> at the
/// start farthest from the opponent (ViZDoom's multi_duel runs with <c>+sv_spawnfarthest 1</c>), with full health
/// and ammunition and a facing drawn from the generator. Allocates nothing per tic; randomness comes only from the
/// <see cref="Rng"/> given to <see cref="Reset"/>.
/// </summary>
internal sealed class DuelWorld
{
    /// <summary>Players in a duel.</summary>
    public const int Players = 2;

    /// <summary>Health at every spawn (Doom's 100).</summary>
    public const int StartHealth = 100;

    /// <summary>Pistol bullets at every spawn (Doom's 50).</summary>
    public const int StartAmmo = 50;

    /// <summary>Tics a fragged player stays dead before respawning (one second).</summary>
    public const int RespawnDelayTics = 35;

    private const double StopSpeed = 0x1000 / 65536.0;

    private readonly DuelFighter[] _fighters = new DuelFighter[Players];
    private readonly Thing[] _seen = new Thing[Players];
    private Rng _rng = new(0);

    public DuelWorld(DoomMap map, int timeoutTics)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Starts.Count < Players)
        {
            throw new UserInputException($"Map '{map.Name}' has {map.Starts.Count} player start(s); a duel needs at least {Players} (mark them with '@', '>', '<', '^' or 'v').");
        }
        Map = map;
        TimeoutTics = timeoutTics;
    }

    public DoomMap Map { get; }

    /// <summary>Tics after which the episode is cut off.</summary>
    public int TimeoutTics { get; }

    /// <summary>Tics since the episode started.</summary>
    public int Tic { get; private set; }

    /// <summary>True when the time-out has been reached.</summary>
    public bool TimedOut => Tic >= TimeoutTics;

    /// <summary>Player <paramref name="index"/>'s record.</summary>
    public ref readonly DuelFighter Fighter(int index) => ref _fighters[index];

    /// <summary>What player <paramref name="viewer"/> can see of others: the opponent as a sprite, nothing while the opponent is dead.</summary>
    public ReadOnlySpan<Thing> SeenBy(int viewer) => _fighters[1 - viewer].Dead ? [] : _seen.AsSpan(viewer, 1);

    /// <summary>Starts an episode: player 1 at a start drawn from the generator, player 2 at the start farthest from it, both facing drawn directions.</summary>
    public void Reset(Rng rng)
    {
        _rng = rng;
        Tic = 0;
        Array.Clear(_fighters);
        Spawn(0, Map.Starts[_rng.NextInt(Map.Starts.Count)]);
        Spawn(1, Farthest(0));
        UpdateSeen();
    }

    /// <summary>
    /// Advances one tic with each player's buttons (bit i set = <see cref="DoomButton"/> i held); adds each player's
    /// reward for the tic to <paramref name="rewards"/>: +1 for a frag, -1 for being fragged.
    /// </summary>
    public void Tick(int buttons1, int buttons2, Span<double> rewards)
    {
        Tic++;
        Think(0, buttons1);
        Think(1, buttons2);
        int damageTo2 = Fire(0, buttons1);
        int damageTo1 = Fire(1, buttons2);
        Hurt(1, damageTo2, rewards);
        Hurt(0, damageTo1, rewards);
        UpdateSeen();
    }

    /// <summary>True when a shot fired now by <paramref name="shooter"/> would hit the opponent.</summary>
    public bool WouldHit(int shooter)
    {
        ref readonly DuelFighter me = ref _fighters[shooter];
        ref readonly DuelFighter other = ref _fighters[1 - shooter];
        if (me.Dead || other.Dead)
        {
            return false;
        }
        double dx = Angles.Cos(me.Angle), dy = Angles.Sin(me.Angle);
        double rx = other.X - me.X, ry = other.Y - me.Y;
        double along = rx * dx + ry * dy;
        double across = Math.Abs(rx * dy - ry * dx);
        return along > 0 && across <= DoomPlayer.Radius && along < GridRay.Distance(Map, me.X, me.Y, dx, dy, DoomWorld.ShotRange);
    }

    private void Think(int index, int buttons)
    {
        ref DuelFighter f = ref _fighters[index];
        if (f.Refire > 0)
        {
            f.Refire--;
        }
        if (f.Flash > 0)
        {
            f.Flash--;
        }
        if (f.Dead)
        {
            if (--f.RespawnTics <= 0)
            {
                Spawn(index, Farthest(1 - index));
            }
            return;
        }
        if (Held(buttons, DoomButton.TurnLeft))
        {
            f.Angle += Angles.TurnPerTic;
        }
        if (Held(buttons, DoomButton.TurnRight))
        {
            f.Angle -= Angles.TurnPerTic;
        }
        double forward = (Held(buttons, DoomButton.MoveForward) ? DoomWorld.ForwardThrust : 0) - (Held(buttons, DoomButton.MoveBackward) ? DoomWorld.ForwardThrust : 0);
        double side = (Held(buttons, DoomButton.MoveRight) ? DoomWorld.SideThrust : 0) - (Held(buttons, DoomButton.MoveLeft) ? DoomWorld.SideThrust : 0);
        double cos = Angles.Cos(f.Angle), sin = Angles.Sin(f.Angle);
        f.VX += forward * cos + side * sin;
        f.VY += forward * sin - side * cos;
        Move(index, ref f);
        f.VX *= DoomWorld.Friction;
        f.VY *= DoomWorld.Friction;
        if (forward == 0 && side == 0 && Math.Abs(f.VX) < StopSpeed && Math.Abs(f.VY) < StopSpeed)
        {
            f.VX = f.VY = 0;
        }
    }

    private void Move(int index, ref DuelFighter f)
    {
        if (f.VX == 0 && f.VY == 0)
        {
            return;
        }
        if (Fits(index, f.X + f.VX, f.Y + f.VY))
        {
            f.X += f.VX;
            f.Y += f.VY;
        }
        else if (Fits(index, f.X + f.VX, f.Y))
        {
            f.X += f.VX;
            f.VY = 0;
        }
        else if (Fits(index, f.X, f.Y + f.VY))
        {
            f.Y += f.VY;
            f.VX = 0;
        }
        else
        {
            f.VX = f.VY = 0;
        }
    }

    /// <summary>True when player <paramref name="index"/>'s body fits at (x, y): clear of walls and of the living opponent.</summary>
    private bool Fits(int index, double x, double y)
    {
        if (GridRay.BoxHitsWall(Map, x, y, DoomPlayer.Radius))
        {
            return false;
        }
        ref readonly DuelFighter other = ref _fighters[1 - index];
        const double reach = 2 * DoomPlayer.Radius;
        return other.Dead || Math.Abs(other.X - x) >= reach || Math.Abs(other.Y - y) >= reach;
    }

    /// <summary>Fires player <paramref name="index"/>'s pistol when Attack is held and it is ready; returns the damage dealt to the opponent.</summary>
    private int Fire(int index, int buttons)
    {
        ref DuelFighter f = ref _fighters[index];
        if (f.Dead || !Held(buttons, DoomButton.Attack) || f.Refire > 0 || f.Ammo == 0)
        {
            return 0;
        }
        bool hit = WouldHit(index);
        f.Ammo--;
        f.Flash = DoomWorld.FlashTics;
        f.Refire = DoomWorld.PistolRefireTics;
        if (!hit)
        {
            return 0;
        }
        int damage = 5 * (1 + _rng.NextInt(3));
        f.Hits++;
        f.DamageDealt += Math.Min(damage, _fighters[1 - index].Health);
        return damage;
    }

    private void Hurt(int victim, int damage, Span<double> rewards)
    {
        ref DuelFighter v = ref _fighters[victim];
        if (damage <= 0 || v.Dead)
        {
            return;
        }
        v.Health = Math.Max(0, v.Health - damage);
        if (v.Health > 0)
        {
            return;
        }
        v.Dead = true;
        v.Deaths++;
        v.RespawnTics = RespawnDelayTics;
        v.VX = v.VY = 0;
        _fighters[1 - victim].Frags++;
        rewards[1 - victim] += 1;
        rewards[victim] -= 1;
    }

    /// <summary>Puts player <paramref name="index"/> at <paramref name="start"/>, alive and armed, facing the start's way or a drawn one; the score stays.</summary>
    private void Spawn(int index, MapStart start)
    {
        ref DuelFighter f = ref _fighters[index];
        (f.X, f.Y) = new MapCell(start.CellX, start.CellY).Centre;
        f.Angle = start.Facing is double facing ? Angles.FromDegrees(facing) : (uint)(_rng.NextUInt64() >> 32);
        f.VX = f.VY = 0;
        f.Health = StartHealth;
        f.Ammo = StartAmmo;
        f.Refire = f.Flash = f.RespawnTics = 0;
        f.Dead = false;
    }

    /// <summary>The start farthest from player <paramref name="from"/> (the first of equals, in map order).</summary>
    private MapStart Farthest(int from)
    {
        ref readonly DuelFighter f = ref _fighters[from];
        MapStart best = Map.Starts[0];
        double bestDistance = -1;
        for (int i = 0; i < Map.Starts.Count; i++)
        {
            var start = Map.Starts[i];
            var (x, y) = new MapCell(start.CellX, start.CellY).Centre;
            double distance = (x - f.X) * (x - f.X) + (y - f.Y) * (y - f.Y);
            if (distance > bestDistance)
            {
                best = start;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void UpdateSeen()
    {
        for (int viewer = 0; viewer < Players; viewer++)
        {
            ref readonly DuelFighter other = ref _fighters[1 - viewer];
            _seen[viewer] = new Thing
            {
                Id = 1 - viewer,
                Kind = DoomObjectKind.Player,
                X = other.X,
                Y = other.Y,
                Angle = other.Angle,
                Health = other.Health,
                Windup = other.Flash,
                SpawnRule = -1,
                Owner = -1,
            };
        }
    }

    private static bool Held(int buttons, DoomButton button) => (buttons & (1 << (int)button)) != 0;
}
