using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Teachers;

/// <summary>
/// The teacher's policy, from privileged state only: with a weapon and a monster in sight, fire when the pistol's
/// hitscan would hit, otherwise turn (or, where the scenario cannot turn, step) to line up with the nearest visible
/// monster, allowing for momentum; with a rocket launcher and a moving target, aim where rocket and target meet;
/// where the player can only step sideways and cannot shoot, step out of the path of incoming fireballs; with
/// nothing to shoot, walk a planned path to the goal vest, or to the nearest medkit when the floor hurts or health is
/// low. One button at a time, so it fits every action encoding.
/// </summary>
internal sealed class DoomPilot
{
    /// <summary>Turn before walking when the waypoint is further off than this, in degrees.</summary>
    private const double WalkCone = 14;

    /// <summary>How far momentum alone still carries the player: v x f / (1 - f) for Doom's friction f.</summary>
    private const double Coast = DoomWorld.Friction / (1 - DoomWorld.Friction);

    /// <summary>How many map units of distance weigh as much as a degree of turning when picking a target.</summary>
    private const double UnitsPerDegree = 8;

    /// <summary>How close (map units, beyond both radii) a fireball may pass before the teacher steps aside.</summary>
    private const double DodgeMargin = 10;

    private readonly PathPlanner _planner = new();
    private readonly Dictionary<int, (int Tic, double X, double Y)> _seen = [];

    /// <summary>The buttons to hold now, as a mask of <see cref="DoomButton"/> bits.</summary>
    public int Choose(in DoomState state)
    {
        var player = state.Player;
        if (player.Dead)
        {
            return 0;
        }
        var buttons = state.Scenario.Buttons;
        if (!buttons.Contains(DoomButton.Attack) && !buttons.Contains(DoomButton.TurnLeft))
        {
            return Dodge(state, buttons);
        }
        if (buttons.Contains(DoomButton.Attack) && player.Ammo > 0 && NearestVisibleMonster(state) is int target)
        {
            var (vx, vy) = Velocity(state, target);
            if (state.Scenario.Weapon == DoomWeapon.RocketLauncher && (vx != 0 || vy != 0) && buttons.Contains(DoomButton.TurnLeft))
            {
                return Lead(state, target, vx, vy);
            }
            return Fight(state, buttons, target);
        }
        return Walk(state, buttons);
    }

    /// <summary>Forgets what it saw in the last episode.</summary>
    public void Reset() => _seen.Clear();

    /// <summary>The target's velocity in map units a tic, from where it was when last seen.</summary>
    private (double X, double Y) Velocity(in DoomState state, int target)
    {
        var o = state.Objects[target];
        (double, double) velocity = (0, 0);
        if (_seen.TryGetValue(o.Id, out var last) && state.Tic > last.Tic && state.Tic - last.Tic < 35)
        {
            int tics = state.Tic - last.Tic;
            velocity = ((o.X - last.X) / tics, (o.Y - last.Y) / tics);
        }
        _seen[o.Id] = (state.Tic, o.X, o.Y);
        return velocity;
    }

    /// <summary>Turns to where a rocket fired now meets the moving target, and fires when lined up.</summary>
    private static int Lead(in DoomState state, int target, double vx, double vy)
    {
        var player = state.Player;
        var o = state.Objects[target];
        double rocketSpeed = ThingInfo.Of(DoomObjectKind.Rocket).Speed;
        double rx = o.X - player.X, ry = o.Y - player.Y;
        double time = 0;
        for (int i = 0; i < 8; i++)
        {
            double ax = rx + vx * time, ay = ry + vy * time;
            time = Math.Sqrt(ax * ax + ay * ay) / rocketSpeed;
        }
        double aimX = rx + vx * time, aimY = ry + vy * time;
        double off = Angles.DeltaDegrees(Angles.FromDegrees(player.Angle), Angles.Of(aimX, aimY));
        double tolerance = Math.Atan2(o.Radius * 0.5, Math.Sqrt(aimX * aimX + aimY * aimY)) * 180 / Math.PI;
        if (Math.Abs(off) <= tolerance)
        {
            return player.WeaponReady ? Bit(DoomButton.Attack) : 0;
        }
        if (Math.Abs(off) < Angles.ToDegrees(Angles.TurnPerTic) / 2)
        {
            return 0;
        }
        return Bit(off > 0 ? DoomButton.TurnLeft : DoomButton.TurnRight);
    }

    /// <summary>Steps sideways out of the path of the fireball that would hit soonest; stands still when none threatens.</summary>
    private static int Dodge(in DoomState state, IReadOnlyList<DoomButton> buttons)
    {
        var player = state.Player;
        double rad = player.Angle * Math.PI / 180;
        double rightX = Math.Sin(rad), rightY = -Math.Cos(rad);
        double soonest = double.MaxValue, side = 0;
        foreach (var o in state.Objects)
        {
            if (o.Kind != DoomObjectKind.Fireball)
            {
                continue;
            }
            double speed = ThingInfo.Of(o.Kind).Speed;
            double dirX = Math.Cos(o.Angle * Math.PI / 180), dirY = Math.Sin(o.Angle * Math.PI / 180);
            double px = player.X - o.X, py = player.Y - o.Y;
            double along = px * dirX + py * dirY;
            if (along <= 0)
            {
                continue;
            }
            double across = px * dirY - py * dirX;
            double reach = o.Radius + DoomPlayer.Radius + DodgeMargin;
            double tics = along / speed;
            if (Math.Abs(across) < reach && tics < soonest)
            {
                soonest = tics;
                // Where the path crosses relative to the player, along the player's right: step away from it.
                double crossX = o.X + dirX * along - player.X, crossY = o.Y + dirY * along - player.Y;
                side = -(crossX * rightX + crossY * rightY);
                if (Math.Abs(side) < 1)
                {
                    side = PreferredSide(state, rightX, rightY);
                }
            }
        }
        if (soonest == double.MaxValue)
        {
            return 0;
        }
        var button = side > 0 ? DoomButton.MoveRight : DoomButton.MoveLeft;
        return buttons.Contains(button) ? Bit(button) : 0;
    }

    /// <summary>The side (+1 right, -1 left) with more room before a wall.</summary>
    private static double PreferredSide(in DoomState state, double rightX, double rightY)
    {
        var player = state.Player;
        double right = 0, left = 0;
        for (double d = 32; d < 2048; d += 32)
        {
            if (right == 0 && state.Map.IsWallAt(player.X + rightX * d, player.Y + rightY * d))
            {
                right = d;
            }
            if (left == 0 && state.Map.IsWallAt(player.X - rightX * d, player.Y - rightY * d))
            {
                left = d;
            }
        }
        return right == 0 || right >= left ? 1 : -1;
    }

    /// <summary>
    /// The visible monster quickest to deal with: the turn needed to face it (degrees) plus its distance over
    /// <see cref="UnitsPerDegree"/>, so a near monster straight ahead beats a nearer one behind.
    /// </summary>
    private static int? NearestVisibleMonster(in DoomState state)
    {
        var player = state.Player;
        uint facing = Angles.FromDegrees(player.Angle);
        int best = -1;
        double bestScore = double.MaxValue;
        var objects = state.Objects;
        for (int i = 0; i < objects.Length; i++)
        {
            var o = objects[i];
            if (!o.IsMonster)
            {
                continue;
            }
            double dx = o.X - player.X, dy = o.Y - player.Y;
            double score = Math.Abs(Angles.DeltaDegrees(facing, Angles.Of(dx, dy))) + Math.Sqrt(dx * dx + dy * dy) / UnitsPerDegree;
            if (score < bestScore && state.PlayerCanSee(o.X, o.Y))
            {
                best = i;
                bestScore = score;
            }
        }
        return best < 0 ? null : best;
    }

    private static int Fight(in DoomState state, IReadOnlyList<DoomButton> buttons, int target)
    {
        var player = state.Player;
        if (state.AimedObject >= 0)
        {
            return player.WeaponReady ? Bit(DoomButton.Attack) : 0;
        }
        var o = state.Objects[target];
        double dx = o.X - player.X, dy = o.Y - player.Y;
        if (buttons.Contains(DoomButton.TurnLeft))
        {
            return Turn(player, dx, dy);
        }
        double rad = player.Angle * Math.PI / 180;
        double rightX = Math.Sin(rad), rightY = -Math.Cos(rad);
        double lateral = dx * rightX + dy * rightY;
        double drift = (player.VelocityX * rightX + player.VelocityY * rightY) * Coast;
        double miss = lateral - drift;
        if (Math.Abs(miss) < o.Radius * 0.4)
        {
            return 0;
        }
        return Bit(miss > 0 ? DoomButton.MoveRight : DoomButton.MoveLeft);
    }

    private int Walk(in DoomState state, IReadOnlyList<DoomButton> buttons)
    {
        var player = state.Player;
        _planner.From(state.Map, player.X, player.Y);
        if (Destination(state) is not var (gx, gy))
        {
            return 0;
        }
        var (wx, wy) = _planner.Waypoint(player.X, player.Y, gx, gy);
        double dx = wx - player.X, dy = wy - player.Y;
        if (!buttons.Contains(DoomButton.TurnLeft))
        {
            return 0;
        }
        double off = Angles.DeltaDegrees(Angles.FromDegrees(player.Angle), Angles.Of(dx, dy));
        if (Math.Abs(off) > WalkCone || !buttons.Contains(DoomButton.MoveForward))
        {
            return Turn(player, dx, dy);
        }
        return Bit(DoomButton.MoveForward);
    }

    /// <summary>The goal vest if there is one, else the nearest medkit by path when the floor hurts or health is short.</summary>
    private (double X, double Y)? Destination(in DoomState state)
    {
        var player = state.Player;
        bool wantHealth = state.Scenario.FloorDamage > 0 || player.Health < 60;
        (double X, double Y)? best = null;
        int bestSteps = int.MaxValue;
        foreach (var o in state.Objects)
        {
            bool wanted = o.Kind == DoomObjectKind.GreenArmor || (wantHealth && o.Kind == DoomObjectKind.Medkit);
            if (!wanted)
            {
                continue;
            }
            int steps = _planner.StepsTo(o.X, o.Y);
            if (o.Kind == DoomObjectKind.GreenArmor && steps >= 0)
            {
                return (o.X, o.Y);
            }
            if (steps >= 0 && steps < bestSteps)
            {
                best = (o.X, o.Y);
                bestSteps = steps;
            }
        }
        return best;
    }

    private static int Turn(DoomPlayer player, double dx, double dy)
    {
        double off = Angles.DeltaDegrees(Angles.FromDegrees(player.Angle), Angles.Of(dx, dy));
        if (Math.Abs(off) < Angles.ToDegrees(Angles.TurnPerTic) / 2)
        {
            return 0;
        }
        return Bit(off > 0 ? DoomButton.TurnLeft : DoomButton.TurnRight);
    }

    private static int Bit(DoomButton button) => 1 << (int)button;
}
