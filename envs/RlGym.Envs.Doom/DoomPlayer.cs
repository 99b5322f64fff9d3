namespace RlGym.Envs.Doom;

/// <summary>
/// The player's pose and game variables (ViZDoom's POSITION_X/Y, ANGLE, VELOCITY_X/Y, HEALTH, ARMOR, AMMO2,
/// KILLCOUNT, HITCOUNT, DAMAGECOUNT, DEAD). Map units, x east, y north; angles in degrees anticlockwise from east.
/// </summary>
/// <param name="X">East coordinate.</param>
/// <param name="Y">North coordinate.</param>
/// <param name="Angle">Facing, in degrees in [0, 360).</param>
/// <param name="VelocityX">East velocity, map units per tic.</param>
/// <param name="VelocityY">North velocity, map units per tic.</param>
/// <param name="Health">Health (0 when dead).</param>
/// <param name="Armor">Armor points.</param>
/// <param name="Ammo">Pistol bullets.</param>
/// <param name="KillCount">Monsters killed this episode.</param>
/// <param name="HitCount">Shots that hit a monster.</param>
/// <param name="DamageCount">Damage dealt to monsters.</param>
/// <param name="WeaponReady">True when an Attack press this tic would fire.</param>
/// <param name="Dead">True once health reached 0.</param>
public readonly record struct DoomPlayer(
    double X, double Y, double Angle, double VelocityX, double VelocityY,
    int Health, int Armor, int Ammo, int KillCount, int HitCount, int DamageCount, bool WeaponReady, bool Dead)
{
    /// <summary>The radius of the player's body, in map units (Doom's 16).</summary>
    public const double Radius = 16;
}
