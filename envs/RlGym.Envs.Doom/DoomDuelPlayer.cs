namespace RlGym.Envs.Doom;

/// <summary>
/// One player of <c>Doom/Duel-v0</c> as the privileged state shows it (ViZDoom's POSITION_X/Y, ANGLE, VELOCITY_X/Y,
/// HEALTH, AMMO2, FRAGCOUNT, DEATHCOUNT, HITCOUNT, DAMAGECOUNT, DEAD). Map units, x east, y north; angles in degrees
/// anticlockwise from east.
/// </summary>
/// <param name="X">East coordinate.</param>
/// <param name="Y">North coordinate.</param>
/// <param name="Angle">Facing, in degrees in [0, 360).</param>
/// <param name="VelocityX">East velocity, map units per tic.</param>
/// <param name="VelocityY">North velocity, map units per tic.</param>
/// <param name="Health">Health (0 while dead).</param>
/// <param name="Ammo">Pistol bullets.</param>
/// <param name="FragCount">Frags this episode: the times this player killed the opponent.</param>
/// <param name="DeathCount">The times this player was killed this episode.</param>
/// <param name="HitCount">Shots that hit the opponent.</param>
/// <param name="DamageCount">Damage dealt to the opponent.</param>
/// <param name="WeaponReady">True when an Attack press this tic would fire.</param>
/// <param name="Dead">True while dead (until the respawn).</param>
public readonly record struct DoomDuelPlayer(
    double X, double Y, double Angle, double VelocityX, double VelocityY,
    int Health, int Ammo, int FragCount, int DeathCount, int HitCount, int DamageCount, bool WeaponReady, bool Dead);
