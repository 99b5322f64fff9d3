namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>The agent names of the roles ("mouse", "cat", as CatMouseDuel-v0 spells them) and back.</summary>
internal static class BrainRoles
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

    /// <summary>
    /// Reads the payload version and role at the start of a brain checkpoint's payload (the layout both brain files share).
    /// </summary>
    /// <exception cref="InvalidDataException">When the version is not <paramref name="expectedVersion"/> or the role is not a role; the message names the file.</exception>
    public static BrainRole ReadHeader(BinaryReader reader, string path, string kind, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int version = reader.ReadInt32();
        if (version != expectedVersion)
        {
            throw new InvalidDataException($"Checkpoint '{path}' holds a '{kind}' payload of version {version}; this RlGym reads version {expectedVersion}.");
        }
        return ReadRole(reader, path);
    }

    /// <summary>Reads a role name written by a brain checkpoint.</summary>
    /// <exception cref="InvalidDataException">When the name is not a role; the message names the file.</exception>
    public static BrainRole ReadRole(BinaryReader reader, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string roleName = reader.ReadString();
        try
        {
            return Parse(roleName);
        }
        catch (ArgumentException)
        {
            throw new InvalidDataException($"Checkpoint '{path}' names the role '{roleName}'; expected 'mouse' or 'cat'.");
        }
    }
}
