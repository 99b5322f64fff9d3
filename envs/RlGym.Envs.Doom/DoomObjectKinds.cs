namespace RlGym.Envs.Doom;

/// <summary>Questions about <see cref="DoomObjectKind"/> values.</summary>
public static class DoomObjectKinds
{
    /// <summary>True for monsters (things that can be shot), false for items.</summary>
    public static bool IsMonster(this DoomObjectKind kind) =>
        kind is <= DoomObjectKind.ShotgunGuy or DoomObjectKind.ChaingunGuy or DoomObjectKind.ChainsawMarine or DoomObjectKind.Imp;

    /// <summary>True for items the player picks up by walking over them.</summary>
    public static bool IsItem(this DoomObjectKind kind) => kind is DoomObjectKind.Medkit or DoomObjectKind.AmmoClip or DoomObjectKind.GreenArmor;

    /// <summary>True for missiles in flight (rockets, fireballs).</summary>
    public static bool IsProjectile(this DoomObjectKind kind) => kind is DoomObjectKind.Rocket or DoomObjectKind.Fireball;
}
