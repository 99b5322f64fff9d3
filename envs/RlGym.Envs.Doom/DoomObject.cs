namespace RlGym.Envs.Doom;

/// <summary>
/// One object of the world as the privileged state shows it (never part of a student's observation).
/// Positions are in map units (64 to a map cell), x east and y north; angles in degrees anticlockwise from east.
/// </summary>
/// <param name="Id">A number unique within the episode, in the order objects appeared.</param>
/// <param name="Kind">What the object is.</param>
/// <param name="X">East coordinate of its centre.</param>
/// <param name="Y">North coordinate of its centre.</param>
/// <param name="Angle">The direction it faces, in degrees in [0, 360).</param>
/// <param name="Health">Its health (items: 0).</param>
/// <param name="Radius">Its half-width: the player touches or hits it within this distance of its centre.</param>
/// <param name="Attacking">True while a monster winds up or delivers an attack.</param>
public readonly record struct DoomObject(int Id, DoomObjectKind Kind, double X, double Y, double Angle, int Health, double Radius, bool Attacking)
{
    /// <summary>True for monsters.</summary>
    public bool IsMonster => Kind.IsMonster();
}
