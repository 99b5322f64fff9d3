namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>The agent names of the roles ("mouse", "cat", as CatMouseDuel-v0 spells them) and back.</summary>
public static class BrainRoles
{
    /// <summary>The agent name of <paramref name="role"/>: "mouse" or "cat".</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="role"/> is not a defined role.</exception>
    public static string Name(BrainRole role) => role switch
    {
        BrainRole.Mouse => "mouse",
        BrainRole.Cat => "cat",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "A brain role is Mouse (0) or Cat (1)."),
    };

    /// <summary>The role named <paramref name="name"/> ("mouse" or "cat", any case).</summary>
    /// <exception cref="ArgumentException">When the name is neither.</exception>
    public static BrainRole Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Equals("mouse", StringComparison.OrdinalIgnoreCase))
        {
            return BrainRole.Mouse;
        }
        if (name.Equals("cat", StringComparison.OrdinalIgnoreCase))
        {
            return BrainRole.Cat;
        }
        throw new ArgumentException($"Role '{name}' is not a cat-and-mouse role; expected 'mouse' or 'cat'.", nameof(name));
    }
}
