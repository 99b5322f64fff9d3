using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// An observation that is a struct of float fields only (such as CatMouse's four coordinates) whose space reports the
/// matching flat shape: its fields, in declaration order, are the numbers.
/// </summary>
internal sealed class FloatRecordEncoder<TObs> : ObservationEncoder<TObs>
    where TObs : struct
{
    private readonly ObservationSegment[] _segments;

    private FloatRecordEncoder(int size, string name)
    {
        Size = size;
        _segments = [new ObservationSegment(name, 0, size)];
    }

    public override int Size { get; }

    public override IReadOnlyList<ObservationSegment> Segments => _segments;

    /// <summary>The encoder when <typeparamref name="TObs"/> is a sequential struct of floats matching the space's shape; null otherwise.</summary>
    public static FloatRecordEncoder<TObs>? TryCreate(ISpace space, string name)
    {
        var type = typeof(TObs);
        if (RuntimeHelpers.IsReferenceOrContainsReferences<TObs>() || type.IsPrimitive || type.IsEnum || !type.IsLayoutSequential)
        {
            return null;
        }
        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        if (fields.Length == 0 || fields.Any(f => f.FieldType != typeof(float)) || Unsafe.SizeOf<TObs>() != fields.Length * sizeof(float))
        {
            return null;
        }
        long size = 1;
        foreach (int d in space.Shape)
        {
            size *= d;
        }
        return space.Shape.Count > 0 && size == fields.Length ? new FloatRecordEncoder<TObs>(fields.Length, name) : null;
    }

    public override void Encode(TObs observation, Span<float> destination) =>
        MemoryMarshal.Cast<TObs, float>(new ReadOnlySpan<TObs>(in observation)).CopyTo(destination);
}
