using RlGym.Core.Spaces;

namespace RlGym.Envs.CatMouse;

/// <summary>
/// The observation space of the cat-and-mouse environments: Gymnasium's <c>Box(0.0, 1.0, (4,), float32)</c>, narrowed
/// to the values a grid of <see cref="Width"/> x <see cref="Height"/> cells can produce. An observation is in the space
/// when all four numbers are finite, in [0, 1] and each is exactly a cell's normalised coordinate.
/// </summary>
public sealed class CatMouseObservationSpace : Space<CatMouseObservation>, IFlattenableSpace<CatMouseObservation>
{
    private static readonly int[] BoxShape = [CatMouseObservation.Length];
    private readonly Box<float> _flatSpace = new(0f, 1f, CatMouseObservation.Length);

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

    /// <summary>Four: an observation flattens to its four numbers.</summary>
    public int FlatDim => CatMouseObservation.Length;

    /// <summary>Box(0, 1, (4,), float32).</summary>
    public Box<float> FlatSpace => _flatSpace;

    /// <summary>Writes the four numbers in order (cat x, cat y, mouse x, mouse y); allocates nothing.</summary>
    /// <exception cref="ArgumentException">When the destination does not hold exactly four floats.</exception>
    public void Flatten(CatMouseObservation value, Span<float> destination)
    {
        if (destination.Length != CatMouseObservation.Length)
        {
            throw new ArgumentException($"The buffer holds {destination.Length} floats; a flattened observation needs {CatMouseObservation.Length}.", nameof(destination));
        }
        value.CopyTo(destination);
    }

    /// <summary>The observation of the four numbers in <paramref name="flat"/>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/> does not hold exactly four floats.</exception>
    public CatMouseObservation Unflatten(ReadOnlySpan<float> flat)
    {
        if (flat.Length != CatMouseObservation.Length)
        {
            throw new ArgumentException($"The flattened observation holds {flat.Length} floats; it needs {CatMouseObservation.Length}.", nameof(flat));
        }
        return new CatMouseObservation(flat[0], flat[1], flat[2], flat[3]);
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
