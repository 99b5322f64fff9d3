using System.Globalization;
using System.Runtime.InteropServices;

namespace RlGym.Envs.CatMouse;

/// <summary>
/// What the cat-and-mouse environments show their agents: both positions normalised to [0, 1], in the seed's order
/// (cat x, cat y, mouse x, mouse y). x is divided by width - 1 and y by height - 1. (The seed divides the cat's y by
/// width - 1 and the mouse's x by height - 1; on its square 6 x 6 grid that is the same number.)
/// </summary>
/// <param name="CatX">The cat's column / (width - 1).</param>
/// <param name="CatY">The cat's row / (height - 1).</param>
/// <param name="MouseX">The mouse's column / (width - 1).</param>
/// <param name="MouseY">The mouse's row / (height - 1).</param>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct CatMouseObservation(float CatX, float CatY, float MouseX, float MouseY)
{
    /// <summary>How many numbers an observation holds (the Box shape is (4,)).</summary>
    public const int Length = 4;

    /// <summary>The observation of the given cells on a <paramref name="width"/> x <paramref name="height"/> grid.</summary>
    public static CatMouseObservation FromCells(int catX, int catY, int mouseX, int mouseY, int width, int height) => new(
        CatMouseRules.Normalise(catX, width),
        CatMouseRules.Normalise(catY, height),
        CatMouseRules.Normalise(mouseX, width),
        CatMouseRules.Normalise(mouseY, height));

    /// <summary>Writes the four numbers, in order, to the start of <paramref name="destination"/> (for learners' input buffers).</summary>
    /// <exception cref="ArgumentException">When <paramref name="destination"/> holds fewer than four numbers.</exception>
    public void CopyTo(Span<float> destination)
    {
        if (destination.Length < Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} numbers; an observation needs {Length}.", nameof(destination));
        }
        destination[0] = CatX;
        destination[1] = CatY;
        destination[2] = MouseX;
        destination[3] = MouseY;
    }

    /// <summary>The four numbers as a new array: [cat x, cat y, mouse x, mouse y].</summary>
    public float[] ToArray() => [CatX, CatY, MouseX, MouseY];

    /// <summary>The four numbers in brackets, as a Box element prints.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{CatX}, {CatY}, {MouseX}, {MouseY}]");
}
