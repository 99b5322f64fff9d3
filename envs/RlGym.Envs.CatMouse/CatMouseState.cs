namespace RlGym.Envs.CatMouse;

/// <summary>
/// The exact state of a cat-and-mouse game, for teachers (through <see cref="RlGym.Core.IPrivileged{TState}"/>) and
/// tools; never part of a student's observation. Cells are integers with the origin at the bottom-left, up is +y.
/// </summary>
/// <param name="CatX">The cat's column, 0 to <paramref name="Width"/> - 1.</param>
/// <param name="CatY">The cat's row, 0 to <paramref name="Height"/> - 1.</param>
/// <param name="MouseX">The mouse's column, 0 to <paramref name="Width"/> - 1.</param>
/// <param name="MouseY">The mouse's row, 0 to <paramref name="Height"/> - 1.</param>
/// <param name="Width">The grid's width in cells.</param>
/// <param name="Height">The grid's height in cells.</param>
/// <param name="Step">How many steps the current episode has taken.</param>
public readonly record struct CatMouseState(int CatX, int CatY, int MouseX, int MouseY, int Width, int Height, int Step)
{
    /// <summary>The observation an agent sees in this state.</summary>
    public CatMouseObservation Observation => CatMouseObservation.FromCells(CatX, CatY, MouseX, MouseY, Width, Height);

    /// <summary>True when the cat and the mouse share a cell.</summary>
    public bool SameCell => CatX == MouseX && CatY == MouseY;
}
