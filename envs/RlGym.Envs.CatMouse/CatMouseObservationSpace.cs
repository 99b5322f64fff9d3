using RlGym.Core.Spaces;

namespace RlGym.Envs.CatMouse;

/// <summary>
/// The observation space of the cat-and-mouse environments: Gymnasium's <c>Box(0.0, 1.0, (4,), float32)</c>, narrowed
/// to the values a grid of <see cref="Width"/> x <see cref="Height"/> cells can produce. An observation is in the space
/// when all four numbers are finite, in [0, 1] and each is exactly a cell's normalised coordinate.
/// </summary>
public sealed class CatMouseObservationSpace : Space<CatMouseObservation>
{
    private static readonly int[] BoxShape = [CatMouseObservation.Length];

    /// <summary>Creates the space of a <paramref name="width"/> x <paramref name="height"/> grid.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a side is smaller than 2 cells.</exception>
    public CatMouseObservationSpace(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 2);
        Width = width;
        Height = height;
    }

    /// <summary>The grid's width in cells.</summary>
    public int Width { get; }

    /// <summary>The grid's height in cells.</summary>
    public int Height { get; }

    /// <summary>The shape (4,).</summary>
    public override IReadOnlyList<int> Shape => BoxShape;

    /// <inheritdoc />
    public override bool Contains(CatMouseObservation value) =>
        OnGrid(value.CatX, Width) && OnGrid(value.CatY, Height) && OnGrid(value.MouseX, Width) && OnGrid(value.MouseY, Height);

    /// <summary>The observation of uniformly random cells for the cat and the mouse, drawn from the space's own generator.</summary>
    public override CatMouseObservation Sample()
    {
        int catX = Rng.NextInt(Width), catY = Rng.NextInt(Height);
        int mouseX = Rng.NextInt(Width), mouseY = Rng.NextInt(Height);
        return CatMouseObservation.FromCells(catX, catY, mouseX, mouseY, Width, Height);
    }

    /// <summary>Reads like Gymnasium's Box: <c>Box(0.0, 1.0, (4,), float32)</c>.</summary>
    public override string ToString() => "Box(0.0, 1.0, (4,), float32)";

    private static bool OnGrid(float value, int size)
    {
        if (!float.IsFinite(value) || value < 0f || value > 1f)
        {
            return false;
        }
        int cell = (int)MathF.Round(value * (size - 1));
        return CatMouseRules.Normalise(cell, size) == value;
    }
}
