namespace RlGym.Envs.Doom;

/// <summary>Questions about <see cref="DoomObjectKind"/> values.</summary>
public static class DoomObjectKinds
{
    /// <summary>True for monsters (things that can be shot), false for items.</summary>
    public static bool IsMonster(this DoomObjectKind kind) => kind <= DoomObjectKind.ShotgunGuy;

    /// <summary>True for items the player picks up by walking over them.</summary>
    public static bool IsItem(this DoomObjectKind kind) => !kind.IsMonster();
}
