using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Grpc.Core;
using RlGym.Core.Spaces;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;

namespace RlGym.Server.Tensors;

/// <summary>
/// A struct element whose fields are all of one item type (such as CatMouse's four floats) as an array of those
/// items in field order, of the space's shape. Bounds are the optional ones given (none by default).
/// </summary>
/// <typeparam name="T">The struct type.</typeparam>
/// <typeparam name="TItem">The type of every field.</typeparam>
internal sealed class StructCodec<T, TItem>(ISpace<T> space, double low, double high) : SpaceCodec<T>
    where T : unmanaged
    where TItem : unmanaged
{
    private static readonly int ItemCount = Unsafe.SizeOf<T>() / Unsafe.SizeOf<TItem>();
    private readonly int[] _shape = ShapeOf(space);
    private static readonly bool Widened = typeof(TItem) == typeof(short) || typeof(TItem) == typeof(ushort);
    private readonly DataType _type = ItemTypes.DataTypeOf<TItem>();

    /// <inheritdoc />
    public override ISpace Space => space;

    /// <inheritdoc />
    public override IReadOnlyList<string> Fields { get; } = [""];

    /// <inheritdoc />
    public override IEnumerable<TensorSpec> Specs(string name) => [SpecValues.Spec(name, _shape, _type, low, high)];

    /// <inheritdoc />
    public override JsonObject Describe() => new()
    {
        ["type"] = "Box",
        ["dtype"] = ItemTypes.NumpyNameOf<TItem>(),
        ["shape"] = new JsonArray([.. _shape.Select(d => (JsonNode)d)]),
        ["low"] = double.IsFinite(low) ? low : null,
        ["high"] = double.IsFinite(high) ? high : null,
    };

    /// <inheritdoc />
    public override void Write(T value, Tensor[] destination, int offset) =>
        destination[offset] = ItemTypes.ToTensor(MemoryMarshal.Cast<T, TItem>(new ReadOnlySpan<T>(in value)), _shape);

    /// <inheritdoc />
    public override T Read(Tensor tensor, string name)
    {
        var items = ItemTypes.FromTensor<TItem>(tensor, ItemCount, name);
        T value = MemoryMarshal.Read<T>(MemoryMarshal.AsBytes(items.AsSpan()));
        return space.Contains(value)
            ? value
            : throw new ProtocolException(StatusCode.InvalidArgument, $"Action {space.Format(value)} for '{name}' is outside {space}.");
    }

    /// <inheritdoc />
    public override PackedArray Pack(ReadOnlySpan<T> values, int field) =>
        ItemTypes.Pack(MemoryMarshal.Cast<T, TItem>(values), [values.Length, .. _shape]);

    /// <inheritdoc />
    public override PackedLayout? DirectLayout(int field) => Widened ? null : new PackedLayout(_type, _shape, Unsafe.SizeOf<T>());

    /// <inheritdoc />
    public override void PackInto(ReadOnlySpan<T> values, int field, Span<byte> destination) => MemoryMarshal.AsBytes(values).CopyTo(destination);

    /// <inheritdoc />
    public override void Unpack(PackedArray array, Span<T> destination, string name)
    {
        var items = ItemTypes.Unpack<TItem>(array, destination.Length * ItemCount, name);
        var values = MemoryMarshal.Cast<TItem, T>(items);
        for (int i = 0; i < destination.Length; i++)
        {
            if (!space.Contains(values[i]))
            {
                throw new ProtocolException(StatusCode.InvalidArgument, $"Action {space.Format(values[i])} of copy {i} for '{name}' is outside {space}.");
            }
            destination[i] = values[i];
        }
    }

    private static int[] ShapeOf(ISpace<T> space)
    {
        long product = 1;
        foreach (int d in space.Shape)
        {
            product *= d;
        }
        return space.Shape.Count > 0 && product == ItemCount ? [.. space.Shape] : [ItemCount];
    }
}
