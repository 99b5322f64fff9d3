namespace RlGym.Envs.NetHack;

/// <summary>One entry of an action set: NLE's name (such as <c>CompassDirection.N</c>) and the key it types.</summary>
/// <param name="Name">NLE's name: the enum class and member.</param>
/// <param name="Key">The key code sent to the game (meta keys have bit 7 set, control keys are 1-31).</param>
public readonly record struct NetHackAction(string Name, byte Key)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({NetHackActions.Describe(Key)})";
}
