using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Imitation;

/// <summary>
/// The positions of one cat-and-mouse game as the seed's trainer sees them, with the seed's network inputs: cat and
/// mouse cells divided by (size - 1) in double precision, in the order cat x, cat y, mouse x, mouse y. (The seed divides
/// cat y by width - 1 and mouse x by height - 1; the two agree on the square grids it uses, and so does this type.)
/// </summary>
internal struct CatMouseGame
{
    /// <summary>Starts a game on a grid.</summary>
    public CatMouseGame(int width, int height, int catX, int catY, int mouseX, int mouseY)
    {
        Width = width;
        Height = height;
        CatX = catX;
        CatY = catY;
        MouseX = mouseX;
        MouseY = mouseY;
    }

    /// <summary>The grid's width.</summary>
    public int Width { get; }

    /// <summary>The grid's height.</summary>
    public int Height { get; }

    /// <summary>The cat's column.</summary>
    public int CatX { get; private set; }

    /// <summary>The cat's row.</summary>
    public int CatY { get; private set; }

    /// <summary>The mouse's column.</summary>
    public int MouseX { get; private set; }

    /// <summary>The mouse's row.</summary>
    public int MouseY { get; private set; }

    /// <summary>Writes the seed's four network inputs.</summary>
    public readonly void WriteInputs(Span<double> inputs)
    {
        inputs[0] = CatX / (double)(Width - 1);
        inputs[1] = CatY / (double)(Height - 1);
        inputs[2] = MouseX / (double)(Width - 1);
        inputs[3] = MouseY / (double)(Height - 1);
    }

    /// <summary>The seed's flee teacher's direction for the mouse here.</summary>
    public readonly Direction TeacherDirection() => CatMouseRules.FleeDirection(CatX, CatY, MouseX, MouseY, Width, Height);

    /// <summary>Moves the mouse one cell, clamped at the walls.</summary>
    public void MoveMouse(Direction direction) => (MouseX, MouseY) = CatMouseRules.Move(MouseX, MouseY, direction, Width, Height);

    /// <summary>Moves the cat one cell, clamped at the walls.</summary>
    public void MoveCat(Direction direction) => (CatX, CatY) = CatMouseRules.Move(CatX, CatY, direction, Width, Height);
}
