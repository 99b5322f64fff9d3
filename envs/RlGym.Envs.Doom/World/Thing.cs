namespace RlGym.Envs.Doom.World;

/// <summary>An object's mutable record inside the world (the privileged state shows it as a <see cref="DoomObject"/>).</summary>
internal struct Thing
{
    public int Id;
    public DoomObjectKind Kind;
    public double X;
    public double Y;
    public uint Angle;
    public int Health;
    public bool Passive;
    public bool Awake;
    public int Windup;
    public int Cooldown;

    /// <summary>Attacks but never walks.</summary>
    public bool Stationary;

    /// <summary>Walks east and west along its row and never attacks.</summary>
    public bool Patrol;

    /// <summary>A projectile's velocity (or a patrolling monster's east speed), map units a tic.</summary>
    public double VX;

    public double VY;

    /// <summary>A projectile's shooter: -1 for the player, otherwise the shooter's <see cref="Id"/>.</summary>
    public int Owner;

    /// <summary>The index of the scenario spawn rule that placed it, or -1.</summary>
    public int SpawnRule;

    public readonly DoomObject ToObject() =>
        new(Id, Kind, X, Y, Angles.ToDegrees(Angle), Health, ThingInfo.Of(Kind).Radius, Windup > 0);
}
