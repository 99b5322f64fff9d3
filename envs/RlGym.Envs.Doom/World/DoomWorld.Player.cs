namespace RlGym.Envs.Doom.World;

/// <summary>The player: turning, Doom's thrust and friction, sliding along walls, the pistol and pick-ups.</summary>
internal sealed partial class DoomWorld
{
    /// <summary>Doom's walking forward thrust (forwardmove 25 x 2048 in 16.16 fixed point) in map units per tic.</summary>
    public const double ForwardThrust = 25 * 2048 / 65536.0;

    /// <summary>Doom's walking sideways thrust (sidemove 24).</summary>
    public const double SideThrust = 24 * 2048 / 65536.0;

    /// <summary>Doom's ground friction: momentum is multiplied by this after every move.</summary>
    public const double Friction = 0xE800 / 65536.0;

    /// <summary>Tics between pistol shots while Attack is held.</summary>
    public const int PistolRefireTics = 14;

    /// <summary>Tics between rockets while Attack is held.</summary>
    public const int LauncherRefireTics = 20;

    /// <summary>Tics the muzzle flash stays on screen.</summary>
    public const int FlashTics = 4;

    /// <summary>How far the pistol reaches, in map units.</summary>
    public const double ShotRange = 4096;

    private const double StopSpeed = 0x1000 / 65536.0;
    private const double ItemTouch = 20 + DoomPlayer.Radius;

    private double _x, _y, _vx, _vy;
    private uint _angle;
    private int _health, _armor, _ammo, _kills, _hits, _damageDealt, _refire, _flash;
    private bool _dead;

    /// <summary>The player as the privileged state shows it.</summary>
    public DoomPlayer Player => new(_x, _y, Angles.ToDegrees(_angle), _vx, _vy, _health, _armor, _ammo, _kills, _hits, _damageDealt, _refire == 0 && _ammo > 0, _dead);

    /// <summary>The player's position in map units.</summary>
    public (double X, double Y) PlayerPosition => (_x, _y);

    /// <summary>The player's facing as a binary angle.</summary>
    public uint PlayerAngle => _angle;

    /// <summary>True while the muzzle flash shows.</summary>
    public bool MuzzleFlash => _flash > 0;

    public bool PlayerDead => _dead;

    private void ResetPlayer()
    {
        var start = Map.Starts[Map.Starts.Count == 1 ? 0 : _rng.NextInt(Map.Starts.Count)];
        (_x, _y) = new MapCell(start.CellX, start.CellY).Centre;
        _angle = start.Facing is double facing ? Angles.FromDegrees(facing) : (uint)(_rng.NextUInt64() >> 32);
        _vx = _vy = 0;
        _health = Scenario.StartHealth;
        _armor = 0;
        _ammo = Scenario.StartAmmo;
        _kills = _hits = _damageDealt = _refire = _flash = 0;
        _dead = false;
    }

    private static bool Held(int buttons, DoomButton button) => (buttons & (1 << (int)button)) != 0;

    private void PlayerThink(int buttons, ref double reward)
    {
        if (_refire > 0)
        {
            _refire--;
        }
        if (_flash > 0)
        {
            _flash--;
        }
        if (_dead)
        {
            return;
        }
        if (Held(buttons, DoomButton.TurnLeft))
        {
            _angle += Angles.TurnPerTic;
        }
        if (Held(buttons, DoomButton.TurnRight))
        {
            _angle -= Angles.TurnPerTic;
        }
        double forward = (Held(buttons, DoomButton.MoveForward) ? ForwardThrust : 0) - (Held(buttons, DoomButton.MoveBackward) ? ForwardThrust : 0);
        double side = (Held(buttons, DoomButton.MoveRight) ? SideThrust : 0) - (Held(buttons, DoomButton.MoveLeft) ? SideThrust : 0);
        double cos = Angles.Cos(_angle), sin = Angles.Sin(_angle);
        _vx += forward * cos + side * sin;
        _vy += forward * sin - side * cos;
        MovePlayer();
        _vx *= Friction;
        _vy *= Friction;
        if (forward == 0 && side == 0 && Math.Abs(_vx) < StopSpeed && Math.Abs(_vy) < StopSpeed)
        {
            _vx = _vy = 0;
        }
        if (Held(buttons, DoomButton.Attack) && _refire == 0 && _ammo > 0)
        {
            Fire(ref reward);
        }
    }

    private void MovePlayer()
    {
        if (_vx == 0 && _vy == 0)
        {
            return;
        }
        if (PlayerFits(_x + _vx, _y + _vy))
        {
            _x += _vx;
            _y += _vy;
        }
        else if (PlayerFits(_x + _vx, _y))
        {
            _x += _vx;
            _vy = 0;
        }
        else if (PlayerFits(_x, _y + _vy))
        {
            _y += _vy;
            _vx = 0;
        }
        else
        {
            _vx = _vy = 0;
        }
    }

    private bool PlayerFits(double x, double y)
    {
        if (GridRay.BoxHitsWall(Map, x, y, DoomPlayer.Radius))
        {
            return false;
        }
        for (int i = 0; i < _count; i++)
        {
            ref readonly Thing t = ref _things[i];
            double reach = ThingInfo.Of(t.Kind).Radius + DoomPlayer.Radius;
            if (t.Kind.IsMonster() && Math.Abs(t.X - x) < reach && Math.Abs(t.Y - y) < reach)
            {
                return false;
            }
        }
        return true;
    }

    private void Fire(ref double reward)
    {
        _ammo--;
        _flash = FlashTics;
        reward += Scenario.ShotReward;
        if (Scenario.Weapon == DoomWeapon.RocketLauncher)
        {
            _refire = LauncherRefireTics;
            Launch(DoomObjectKind.Rocket, _x, _y, _angle, DoomPlayer.Radius, owner: -1);
            return;
        }
        _refire = PistolRefireTics;
        double dx = Angles.Cos(_angle), dy = Angles.Sin(_angle);
        int target = HitscanTarget(_x, _y, dx, dy);
        if (target < 0)
        {
            return;
        }
        int damage = 5 * (1 + _rng.NextInt(3));
        ref Thing t = ref _things[target];
        _hits++;
        _damageDealt += Math.Min(damage, t.Health);
        t.Health -= damage;
        t.Awake = true;
        t.Windup = 0;
        if (t.Health <= 0)
        {
            CountKill(target);
            Remove(target);
            reward += Scenario.KillReward;
        }
    }

    /// <summary>The nearest monster a shot from (x, y) along (dx, dy) hits before any wall, or -1.</summary>
    public int HitscanTarget(double x, double y, double dx, double dy)
    {
        double wall = GridRay.Distance(Map, x, y, dx, dy, ShotRange);
        int best = -1;
        double bestAlong = wall;
        for (int i = 0; i < _count; i++)
        {
            ref readonly Thing t = ref _things[i];
            if (!t.Kind.IsMonster())
            {
                continue;
            }
            double rx = t.X - x, ry = t.Y - y;
            double along = rx * dx + ry * dy;
            double across = Math.Abs(rx * dy - ry * dx);
            if (along > 0 && along < bestAlong && across <= ThingInfo.Of(t.Kind).Radius)
            {
                best = i;
                bestAlong = along;
            }
        }
        return best;
    }

    /// <summary>Counts the kill of the monster at <paramref name="index"/> and schedules its respawn; the caller removes it.</summary>
    private void CountKill(int index)
    {
        _kills++;
        int rule = _things[index].SpawnRule;
        if (rule >= 0 && Scenario.Spawns[rule] is { RespawnDelayTics: int delay } spawn && _respawnCount < _respawns.Length)
        {
            int health = (spawn.Health ?? ThingInfo.Of(spawn.Kind).Health) + spawn.RespawnHealthGain * ++_respawnsOf[rule];
            _respawns[_respawnCount++] = (rule, Tic + delay, health);
        }
    }

    private void PickUp(ref bool goal)
    {
        if (_dead)
        {
            return;
        }
        for (int i = _count - 1; i >= 0; i--)
        {
            ref readonly Thing t = ref _things[i];
            if (!t.Kind.IsItem() || Math.Abs(t.X - _x) >= ItemTouch || Math.Abs(t.Y - _y) >= ItemTouch)
            {
                continue;
            }
            bool taken = t.Kind switch
            {
                DoomObjectKind.Medkit when _health < 100 => Gain(ref _health, 25, 100),
                DoomObjectKind.AmmoClip when _ammo < 200 => Gain(ref _ammo, 10, 200),
                DoomObjectKind.GreenArmor => goal = Gain(ref _armor, Math.Max(0, 100 - _armor), 200),
                _ => false,
            };
            if (taken)
            {
                Remove(i);
            }
        }
    }

    private static bool Gain(ref int value, int amount, int cap)
    {
        value = Math.Min(cap, value + amount);
        return true;
    }

    /// <summary>
    /// Hurts the player as Doom does (skill 1 halves damage, green armor absorbs a third), times the scenario's
    /// <see cref="DoomScenario.DamageTakenFactor"/>.
    /// </summary>
    private void DamagePlayer(int amount)
    {
        if (_dead || amount <= 0)
        {
            return;
        }
        if (Scenario.Skill == 1)
        {
            amount = Math.Max(1, amount / 2);
        }
        if (Scenario.DamageTakenFactor != 1)
        {
            amount = (int)Math.Round(amount * Scenario.DamageTakenFactor);
        }
        if (_armor > 0)
        {
            int saved = Math.Min(amount / 3, _armor);
            _armor -= saved;
            amount -= saved;
        }
        _health = Math.Max(0, _health - amount);
    }
}
