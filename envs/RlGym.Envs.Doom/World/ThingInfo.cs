namespace RlGym.Envs.Doom.World;

/// <summary>What every object of a kind shares: size, speed, health and attack (Doom's mobjinfo, simplified).</summary>
/// <param name="Radius">Half-width of the body in map units.</param>
/// <param name="Height">Height of the body (and of its sprite) in map units.</param>
/// <param name="Width">Width of its sprite in map units.</param>
/// <param name="Lift">How far above the floor it floats.</param>
/// <param name="Speed">Map units walked (or, for a projectile, flown) a tic.</param>
/// <param name="Health">Health at spawn.</param>
/// <param name="Melee">True for a bite, false for shots.</param>
/// <param name="Windup">Tics from starting an attack to its blow or shot.</param>
/// <param name="Cooldown">Tics after an attack before the next can start.</param>
/// <param name="Pellets">Hitscan pellets a shot.</param>
/// <param name="DamageSides">Damage is DamageStep times a roll of 1 to DamageSides (for a projectile: on contact).</param>
/// <param name="DamageStep">See <paramref name="DamageSides"/>.</param>
/// <param name="Throws">The projectile a shooter throws instead of firing hitscan pellets (null for hitscan).</param>
/// <param name="Splash">For a projectile: the radius of its explosion (Doom's 128 for rockets), 0 for none.</param>
internal readonly record struct ThingInfo(
    double Radius, double Height, double Width, double Lift, double Speed, int Health,
    bool Melee, int Windup, int Cooldown, int Pellets, int DamageSides, int DamageStep,
    DoomObjectKind? Throws = null, double Splash = 0)
{
    private static readonly ThingInfo[] Table =
    [
        new(31, 56, 62, 8, 2.7, 400, true, 8, 20, 1, 6, 10),   // Cacodemon
        new(30, 56, 60, 0, 5, 150, true, 8, 16, 1, 10, 4),     // Demon
        new(20, 56, 40, 0, 2, 20, false, 10, 30, 1, 5, 3),     // Zombieman
        new(20, 56, 42, 0, 2.5, 30, false, 10, 40, 3, 5, 3),   // ShotgunGuy
        new(20, 19, 28, 0, 0, 0, false, 0, 0, 0, 0, 0),        // Medkit
        new(20, 12, 16, 0, 0, 0, false, 0, 0, 0, 0, 0),        // AmmoClip
        new(20, 17, 31, 0, 0, 0, false, 0, 0, 0, 0, 0),        // GreenArmor
        new(20, 56, 42, 0, 2.7, 70, false, 6, 2, 2, 5, 3),     // ChaingunGuy: two bullets a burst, bursts back to back
        new(16, 56, 40, 0, 2, 100, true, 4, 4, 1, 10, 2),      // ChainsawMarine: quick saw strokes
        new(20, 56, 40, 0, 2.7, 60, false, 8, 30, 1, 0, 0, DoomObjectKind.Fireball), // Imp
        new(11, 8, 12, 28, 20, 0, false, 0, 0, 0, 8, 20, null, 128), // Rocket: 20-160 on contact, 128 splash
        new(6, 8, 10, 28, 10, 0, false, 0, 0, 0, 8, 3),        // Fireball: 3-24 on contact
        new(16, 56, 40, 0, 0, 100, false, 0, 0, 0, 0, 0),      // Player: Doom's player radius 16 and height 56; moves by its own buttons
    ];

    public static ThingInfo Of(DoomObjectKind kind) => Table[(int)kind];
}
