namespace RlGym.Envs.Doom.Duel;

/// <summary>One player of the duel inside the world: pose, momentum, pistol, health and score.</summary>
internal struct DuelFighter
{
    public double X;
    public double Y;
    public double VX;
    public double VY;
    public uint Angle;
    public int Health;
    public int Ammo;
    public int Frags;
    public int Deaths;
    public int Hits;
    public int DamageDealt;
    public int Refire;
    public int Flash;

    /// <summary>Tics left before a dead player respawns.</summary>
    public int RespawnTics;

    public bool Dead;
}
