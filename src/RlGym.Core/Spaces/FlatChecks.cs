namespace RlGym.Core.Spaces;

/// <summary>The argument checks every flattening implementation shares.</summary>
internal static class FlatChecks
{
    public static void Length(ISpace space, int flatDim, int length, string parameter)
    {
        if (length != flatDim)
        {
            throw new ArgumentException($"The buffer holds {length} floats; the flattened form of {space} needs {flatDim}.", parameter);
        }
    }

    public static void Member<T>(ISpace<T> space, T value)
    {
        if (!space.Contains(value))
        {
            throw new ArgumentException($"Cannot flatten {space.Format(value)}: it is not in {space}.", nameof(value));
        }
    }

    /// <summary>The first index of a nonzero entry of a one-hot segment.</summary>
    public static int Hot(ISpace space, ReadOnlySpan<float> segment)
    {
        for (int i = 0; i < segment.Length; i++)
        {
            if (segment[i] != 0f)
            {
                return i;
            }
        }
        throw new ArgumentException($"The one-hot segment of {space} has no nonzero entry; it cannot be unflattened.", "flat");
    }

    public static IFlattenableSpace Require(ISpace space) => space as IFlattenableSpace ?? throw new NotSupportedException(
        $"{space} ({space.GetType().Name}) cannot be flattened: it has no fixed flat size (it does not implement IFlattenableSpace).");

    public static Box<float> Concatenate(IEnumerable<IFlattenableSpace> parts, int flatDim)
    {
        var low = new float[flatDim];
        var high = new float[flatDim];
        int offset = 0;
        foreach (var part in parts)
        {
            var box = part.FlatSpace;
            box.Low.CopyTo(low.AsSpan(offset));
            box.High.CopyTo(high.AsSpan(offset));
            offset += part.FlatDim;
        }
        return new Box<float>(low, high, flatDim);
    }
}
