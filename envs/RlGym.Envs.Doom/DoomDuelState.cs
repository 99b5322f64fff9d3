using RlGym.Envs.Doom.Duel;
using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom;

/// <summary>
/// The privileged state of <c>Doom/Duel-v0</c> (read through <c>IPrivileged&lt;DoomDuelState&gt;</c>, never part of
/// an agent's observation): both players' exact poses, health, ammunition and scores, the map and the clock, for
/// teachers. A read-only view of the live environment: it changes when the environment steps.
/// </summary>
public readonly struct DoomDuelState
{
    private readonly DuelWorld _world;

    internal DoomDuelState(DuelWorld world) => _world = world;

    /// <summary>The map.</summary>
    public DoomMap Map => _world.Map;

    /// <summary>Tics since the episode started (35 a second).</summary>
    public int Tic => _world.Tic;

    /// <summary>The tic at which the episode is truncated (option <c>episode_timeout</c>).</summary>
    public int TimeoutTics => _world.TimeoutTics;

    /// <summary>Player <paramref name="index"/> (0 for <c>player1</c>, 1 for <c>player2</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the index is not 0 or 1.</exception>
    public DoomDuelPlayer Player(int index)
    {
        RequirePlayer(index);
        ref readonly DuelFighter f = ref _world.Fighter(index);
        return new DoomDuelPlayer(f.X, f.Y, Angles.ToDegrees(f.Angle), f.VX, f.VY, f.Health, f.Ammo, f.Frags, f.Deaths, f.Hits, f.DamageDealt, f.Refire == 0 && f.Ammo > 0, f.Dead);
    }

    /// <summary>True when both players are alive and no wall stands between them.</summary>
    public bool InSight
    {
        get
        {
            ref readonly DuelFighter a = ref _world.Fighter(0);
            ref readonly DuelFighter b = ref _world.Fighter(1);
            return !a.Dead && !b.Dead && GridRay.LineOfSight(_world.Map, a.X, a.Y, b.X, b.Y);
        }
    }

    /// <summary>True when a shot fired now by player <paramref name="index"/> would hit the opponent (its pistol's hitscan, walls included).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the index is not 0 or 1.</exception>
    public bool WouldHit(int index)
    {
        RequirePlayer(index);
        return _world.WouldHit(index);
    }

    private static void RequirePlayer(int index)
    {
        if (index is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A duel has players 0 (player1) and 1 (player2).");
        }
    }
}
