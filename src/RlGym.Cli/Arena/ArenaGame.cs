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

    /// <summary>
    /// Cat and mouse as a contest: the same duel in CatMouseContest-v0 (a catch within one cell, 7 ticks to survive),
    /// where neither side wins every duel, so a league of self-play snapshots can tell them apart.
    /// </summary>
    public static ArenaGame CatMouseContest { get; } = CatMouse with { Name = "catmouse-contest", EnvironmentId = "CatMouseContest-v0" };

    /// <summary>
    /// The Doom duel: every player1 against every player2 in Doom/Duel-v0 (a one-minute deathmatch, +1 a frag, -1 a
    /// death); a win is ending the episode with more frags than deaths against the other, that is a larger return.
    /// </summary>
    public static ArenaGame DoomDuel { get; } = new("doom-duel", "Doom/Duel-v0", "player1", "player2", "--player1", "--player2", "win", "player1_wins", "player2_wins");

    /// <summary>Every game, by name.</summary>
    public static IReadOnlyList<ArenaGame> All { get; } = [CatMouse, CatMouseContest, DoomDuel];

    /// <summary>The game called <paramref name="name"/>, or cat and mouse when none is named (as <c>--show</c> and <c>--import</c> allow).</summary>
    public static ArenaGame Named(string? name) => All.FirstOrDefault(g => g.Name == name) ?? CatMouse;
}
