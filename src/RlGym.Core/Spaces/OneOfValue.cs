namespace RlGym.Core.Spaces;

/// <summary>An element of a <see cref="OneOfSpace"/>: which sub-space was chosen and its element there (Gymnasium's <c>(index, value)</c> tuple).</summary>
/// <param name="Index">The index of the chosen sub-space.</param>
/// <param name="Value">The element of that sub-space, boxed.</param>
public readonly record struct OneOfValue(int Index, object Value)
{
    /// <inheritdoc />
    public override string ToString() => $"({Index}, {Value})";
}
