using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Teachers;

/// <summary>
/// The duel teacher's policy, from privileged state only: with the opponent in sight, fire when the pistol's hitscan
/// would hit it, otherwise turn toward it (or, when it is less than half a turn off, step sideways to line up); with
/// the opponent out of sight, walk a planned path toward where it is; while the opponent is dead, turn on the spot.
/// One button at a time, so it fits every action encoding.
/// </summary>
internal sealed class DuelPilot
{
    /// <summary>Turn before walking when the waypoint is further off than this, in degrees.</summary>
    private const double WalkCone = 14;

    private static readonly double HalfTurn = Angles.ToDegrees(Angles.TurnPerTic) / 2;

    private readonly PathPlanner _planner = new();

    /// <summary>The buttons player <paramref name="me"/> (0 or 1) holds now, as a mask of <see cref="DoomButton"/> bits.</summary>
    public int Choose(in DoomDuelState state, int me)
    {
        var player = state.Player(me);
        var opponent = state.Player(1 - me);
        if (player.Dead)
        {
            return 0;
        }
        if (opponent.Dead)
        {
            return Bit(DoomButton.TurnLeft);
        }
        if (state.InSight)
        {
            if (state.WouldHit(me))
            {
                return player.WeaponReady ? Bit(DoomButton.Attack) : 0;
            }
            double off = Off(player, opponent.X, opponent.Y);
            if (Math.Abs(off) < HalfTurn)
            {
                return Bit(off > 0 ? DoomButton.MoveLeft : DoomButton.MoveRight);
            }
            return Bit(off > 0 ? DoomButton.TurnLeft : DoomButton.TurnRight);
        }
        _planner.From(state.Map, player.X, player.Y);
        var (x, y) = _planner.Waypoint(player.X, player.Y, opponent.X, opponent.Y);
        double toWaypoint = Off(player, x, y);
        if (Math.Abs(toWaypoint) > WalkCone)
        {
            return Bit(toWaypoint > 0 ? DoomButton.TurnLeft : DoomButton.TurnRight);
        }
        return Bit(DoomButton.MoveForward);
    }

    /// <summary>How far (x, y) lies anticlockwise of the player's facing, in degrees in (-180, 180].</summary>
    private static double Off(in DoomDuelPlayer player, double x, double y) =>
        Angles.DeltaDegrees(Angles.FromDegrees(player.Angle), Angles.Of(x - player.X, y - player.Y));

    private static int Bit(DoomButton button) => 1 << (int)button;
}
