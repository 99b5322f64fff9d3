using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Grpc.Core;
using RlGym.Core.Spaces;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;

namespace RlGym.Server.Tensors;

/// <summary>
/// Flat-array spaces (Box, MultiBinary, MultiDiscrete) as a typed array of the space's shape. The spec's min and
/// max are the smallest lower and largest upper bound (dm_env_rpc bounds are one number); the exact per-item
/// bounds are in the Gymnasium description.
/// </summary>
/// <typeparam name="TItem">The item type.</typeparam>
internal sealed class ArrayCodec<TItem>(ArraySpace<TItem> space, double min, double max, JsonObject description) : SpaceCodec<TItem[]>
    where TItem : unmanaged, IEquatable<TItem>
{
    private readonly int[] _shape = [.. space.Shape];
    private readonly DataType _type = ItemTypes.DataTypeOf<TItem>();

    /// <inheritdoc />
    public override ISpace Space => space;

    /// <inheritdoc />
    public override IReadOnlyList<string> Fields { get; } = [""];

    /// <inheritdoc />
    public override IEnumerable<TensorSpec> Specs(string name) => [SpecValues.Spec(name, _shape, _type, min, max)];

    /// <inheritdoc />
    public override JsonObject Describe() => (JsonObject)description.DeepClone();

    /// <inheritdoc />
    public override void Write(TItem[] value, Tensor[] destination, int offset) => destination[offset] = ItemTypes.ToTensor<TItem>(value, _shape);

    /// <inheritdoc />
    public override TItem[] Read(Tensor tensor, string name)
    {
        var value = ItemTypes.FromTensor<TItem>(tensor, space.Size, name);
        return space.Contains(value)
            ? value
            : throw new ProtocolException(StatusCode.InvalidArgument, $"Action {space.Format(value)} for '{name}' is outside {space}.");
    }

    /// <inheritdoc />
    public override PackedArray Pack(ReadOnlySpan<TItem[]> values, int field)
    {
        var all = new TItem[values.Length * space.Size];
        for (int i = 0; i < values.Length; i++)
        {
            values[i].CopyTo(all, i * space.Size);
        }
        return ItemTypes.Pack<TItem>(all, [values.Length, .. _shape]);
    }

    /// <inheritdoc />
    public override PackedLayout? DirectLayout(int field) =>
        typeof(TItem) == typeof(short) || typeof(TItem) == typeof(ushort) ? null : new PackedLayout(_type, _shape, space.Size * Unsafe.SizeOf<TItem>());

    /// <inheritdoc />
    public override void PackInto(ReadOnlySpan<TItem[]> values, int field, Span<byte> destination)
    {
        int bytes = space.Size * Unsafe.SizeOf<TItem>();
        for (int i = 0; i < values.Length; i++)
        {
            MemoryMarshal.AsBytes(values[i].AsSpan()).CopyTo(destination.Slice(i * bytes, bytes));
        }
    }

    /// <inheritdoc />
    public override void Unpack(PackedArray array, Span<TItem[]> destination, string name)
    {
        var items = ItemTypes.Unpack<TItem>(array, destination.Length * space.Size, name);
        for (int i = 0; i < destination.Length; i++)
        {
            var value = items.Slice(i * space.Size, space.Size).ToArray();
            if (!space.Contains(value))
            {
                throw new ProtocolException(StatusCode.InvalidArgument, $"Action {space.Format(value)} of copy {i} for '{name}' is outside {space}.");
            }
            destination[i] = value;
        }
    }
}
