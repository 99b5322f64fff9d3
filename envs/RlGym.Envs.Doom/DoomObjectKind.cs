namespace RlGym.Envs.Doom;

/// <summary>What an object in the world is: a monster or a pick-up item.</summary>
public enum DoomObjectKind
{
    /// <summary>A floating red ball with one eye (Basic's target). Map symbol <c>C</c>, spawn cell <c>c</c>.</summary>
    Cacodemon,

    /// <summary>A pink melee monster that charges and bites. Map symbol <c>D</c>, spawn cell <c>d</c>.</summary>
    Demon,

    /// <summary>A former human with a rifle: a hitscan shooter. Map symbol <c>Z</c>, spawn cell <c>z</c>.</summary>
    Zombieman,

    /// <summary>A former sergeant with a shotgun: three hitscan pellets a shot. Map symbol <c>S</c>, spawn cell <c>s</c>.</summary>
    ShotgunGuy,

    /// <summary>Heals 25 health up to 100. Map symbol <c>+</c>.</summary>
    Medkit,

    /// <summary>Ten pistol bullets. Map symbol <c>*</c>.</summary>
    AmmoClip,

    /// <summary>The green armor vest: 100 armor; the goal item of MyWayHome and DeadlyCorridor. Map symbol <c>V</c>.</summary>
    GreenArmor,

    /// <summary>A former commando with a chaingun: rapid hitscan bursts. Map symbol <c>G</c>, spawn cell <c>g</c>.</summary>
    ChaingunGuy,

    /// <summary>A marine with a chainsaw: a melee monster that saws quickly (DefendTheCenter). Map symbol <c>M</c>, spawn cell <c>m</c>.</summary>
    ChainsawMarine,

    /// <summary>A brown imp: throws fireballs (a projectile) from afar. Map symbol <c>I</c>, spawn cell <c>i</c>.</summary>
    Imp,

    /// <summary>A rocket in flight (the player's rocket launcher): explodes on contact, hurting what it hits and everything within its splash radius.</summary>
    Rocket,

    /// <summary>A fireball in flight (an imp's): hurts the player on contact.</summary>
    Fireball,

    /// <summary>Another player: the opponent in <c>Doom/Duel-v0</c>, a marine in indigo armour (Doom's multiplayer colours).</summary>
    Player,
}
