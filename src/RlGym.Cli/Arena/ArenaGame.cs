namespace RlGym.Cli.Arena;

/// <summary>
/// A game the arena command knows: the two-role environment it plays, the options that list each role's agents, and
/// the words for role A's win and each side's wins in tables and exports.
/// </summary>
internal sealed record ArenaGame(
    string Name, string EnvironmentId, string RoleA, string RoleB, string OptionA, string OptionB, string WinA, string WinsA, string WinsB)
{
    /// <summary>Cat and mouse: every cat chases every mouse in CatMouseDuel-v0; a catch is the cat's win, an escape the mouse's.</summary>
    public static ArenaGame CatMouse { get; } = new("catmouse", "CatMouseDuel-v0", "cat", "mouse", "--cats", "--mice", "catch", "catches", "escapes");

    /// <summary>Every game, by name.</summary>
    public static IReadOnlyList<ArenaGame> All { get; } = [CatMouse];
}
