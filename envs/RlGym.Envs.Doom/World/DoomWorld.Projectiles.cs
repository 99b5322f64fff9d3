namespace RlGym.Envs.Doom.World;

/// <summary>
/// Projectiles: the player's rockets and the imps' fireballs fly straight at their speed and burst on the first wall
/// or body they touch; a rocket also hurts everything within its splash radius that the blast can see (Doom's
/// P_RadiusAttack: 128 minus the distance beyond the body's radius), the player included. Fireballs pass through
/// monsters (no infighting).
/// </summary>
internal sealed partial class DoomWorld
{
    /// <summary>The longest sub-step a projectile flies before checking for contact, in map units.</summary>
    private const double ProjectileStep = 8;

    /// <summary>Fires a projectile of <paramref name="kind"/> from (x, y) along <paramref name="angle"/>, just clear of its shooter's body.</summary>
    private void Launch(DoomObjectKind kind, double x, double y, uint angle, double shooterRadius, int owner)
    {
        ThingInfo info = ThingInfo.Of(kind);
        double cos = Angles.Cos(angle), sin = Angles.Sin(angle);
        double clear = shooterRadius + info.Radius + 1;
        int index = Add(kind, x + cos * clear, y + sin * clear, 0, passive: false, rule: -1);
        if (index < 0)
        {
            return;
        }
        ref Thing t = ref _things[index];
        t.Angle = angle;
        t.VX = cos * info.Speed;
        t.VY = sin * info.Speed;
        t.Owner = owner;
        if (GridRay.BoxHitsWall(Map, t.X, t.Y, info.Radius))
        {
            Burst(index, target: -1);
        }
    }

    private void ProjectilesThink()
    {
        for (int i = 0; i < _count; i++)
        {
            if (_things[i].Kind.IsProjectile() && _things[i].Health >= 0)
            {
                Fly(i);
            }
        }
        for (int i = _count - 1; i >= 0; i--)
        {
            if (_things[i].Health < 0)
            {
                Remove(i);
            }
        }
    }

    private void Fly(int index)
    {
        ref Thing p = ref _things[index];
        ThingInfo info = ThingInfo.Of(p.Kind);
        int steps = (int)Math.Ceiling(info.Speed / ProjectileStep);
        for (int step = 0; step < steps; step++)
        {
            p.X += p.VX / steps;
            p.Y += p.VY / steps;
            if (GridRay.BoxHitsWall(Map, p.X, p.Y, info.Radius))
            {
                Burst(index, target: -1);
                return;
            }
            if (p.Owner >= 0)
            {
                if (!_dead && Math.Abs(_x - p.X) < info.Radius + DoomPlayer.Radius && Math.Abs(_y - p.Y) < info.Radius + DoomPlayer.Radius)
                {
                    Burst(index, target: -2);
                    return;
                }
                continue;
            }
            for (int i = 0; i < _count; i++)
            {
                ref readonly Thing m = ref _things[i];
                double reach = info.Radius + ThingInfo.Of(m.Kind).Radius;
                if (m.Kind.IsMonster() && m.Health > 0 && Math.Abs(m.X - p.X) < reach && Math.Abs(m.Y - p.Y) < reach)
                {
                    Burst(index, target: i);
                    return;
                }
            }
        }
    }

    /// <summary>Explodes the projectile at <paramref name="index"/>: -1 hit a wall, -2 the player, otherwise the monster at that index.</summary>
    private void Burst(int index, int target)
    {
        ref Thing p = ref _things[index];
        ThingInfo info = ThingInfo.Of(p.Kind);
        p.Health = -1;
        int damage = info.DamageStep * (1 + _rng.NextInt(info.DamageSides));
        if (target == -2)
        {
            DamagePlayer(damage);
        }
        else if (target >= 0)
        {
            HurtMonster(target, damage);
        }
        if (info.Splash <= 0)
        {
            return;
        }
        double x = p.X, y = p.Y;
        for (int i = 0; i < _count; i++)
        {
            ref readonly Thing m = ref _things[i];
            if (i == target || !m.Kind.IsMonster() || m.Health <= 0)
            {
                continue;
            }
            int splash = SplashDamage(info.Splash, x, y, m.X, m.Y, ThingInfo.Of(m.Kind).Radius);
            if (splash > 0)
            {
                HurtMonster(i, splash);
            }
        }
        if (target != -2)
        {
            DamagePlayer(SplashDamage(info.Splash, x, y, _x, _y, DoomPlayer.Radius));
        }
    }

    private int SplashDamage(double radius, double x, double y, double tx, double ty, double bodyRadius)
    {
        double distance = Math.Max(0, Math.Max(Math.Abs(tx - x), Math.Abs(ty - y)) - bodyRadius);
        if (distance >= radius || !GridRay.LineOfSight(Map, x, y, tx, ty))
        {
            return 0;
        }
        return (int)(radius - distance);
    }

    /// <summary>Damages a monster; a kill counts, earns the kill reward and marks it for removal at the end of the tic.</summary>
    private void HurtMonster(int index, int damage)
    {
        ref Thing m = ref _things[index];
        _hits++;
        _damageDealt += Math.Min(damage, m.Health);
        m.Health -= damage;
        m.Awake = true;
        m.Windup = 0;
        if (m.Health <= 0)
        {
            m.Health = -1;
            CountKill(index);
            _pendingReward += Scenario.KillReward;
        }
    }
}
