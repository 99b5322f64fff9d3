namespace RlGym.Envs.CatMouse;

/// <summary>
/// The rules of a CatMouseDuel-v0 instance that its options set, for agents that plan (through
/// <see cref="RlGym.Core.IPrivileged{TState}"/>): how close counts as a catch and how long the mouse must survive.
/// </summary>
/// <param name="CatchRadius">The Manhattan distance at or below which the cat catches the mouse after a tick (0: the same cell).</param>
/// <param name="MaxSteps">The ticks after which the mouse has escaped.</param>
public readonly record struct CatMouseDuelRules(int CatchRadius, int MaxSteps)
{
    /// <summary>
    /// True when a tick that moved the cat from (<paramref name="oldCatX"/>, <paramref name="oldCatY"/>) to
    /// (<paramref name="catX"/>, <paramref name="catY"/>) and the mouse from (<paramref name="oldMouseX"/>,
    /// <paramref name="oldMouseY"/>) to (<paramref name="mouseX"/>, <paramref name="mouseY"/>) ends in a catch: the two
    /// within <see cref="CatchRadius"/> of each other, or having swapped cells (run through each other).
    /// </summary>
    public bool IsCatch(int oldCatX, int oldCatY, int oldMouseX, int oldMouseY, int catX, int catY, int mouseX, int mouseY) =>
        CatMouseRules.Distance(catX, catY, mouseX, mouseY) <= CatchRadius
        || (catX == oldMouseX && catY == oldMouseY && mouseX == oldCatX && mouseY == oldCatY);
}
