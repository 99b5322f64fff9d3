namespace RlGym.Envs.Doom;

/// <summary>The player's weapon in a scenario.</summary>
public enum DoomWeapon
{
    /// <summary>The pistol: a hitscan shot of 5 to 15 damage, one bullet, every 14 tics.</summary>
    Pistol,

    /// <summary>
    /// The rocket launcher: a rocket flying 20 map units a tic that explodes on contact with a wall or monster, 20 to
    /// 160 damage to what it hits and 128 minus the distance to everything within 128 units (the player included);
    /// one rocket every 20 tics.
    /// </summary>
    RocketLauncher,
}
