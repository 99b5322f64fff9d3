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

    /// <summary>The index of the scenario spawn rule that placed it, or -1.</summary>
    public int SpawnRule;

    public readonly DoomObject ToObject() =>
        new(Id, Kind, X, Y, Angles.ToDegrees(Angle), Health, ThingInfo.Of(Kind).Radius, Windup > 0);
}
