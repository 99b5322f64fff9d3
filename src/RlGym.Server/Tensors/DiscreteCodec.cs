using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Grpc.Core;
using RlGym.Core.Spaces;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;

namespace RlGym.Server.Tensors;

/// <summary>Discrete(n, start) as an INT32 scalar bounded by [start, start + n - 1].</summary>
internal sealed class DiscreteCodec(Discrete space) : SpaceCodec<int>
{
    private static readonly int[] Scalar = [];

    /// <inheritdoc />
    public override ISpace Space => space;

    /// <inheritdoc />
    public override IReadOnlyList<string> Fields { get; } = [""];

    /// <inheritdoc />
    public override IEnumerable<TensorSpec> Specs(string name) =>
        [SpecValues.Spec(name, Scalar, DataType.Int32, space.Start, space.Start + space.N - 1)];

    /// <inheritdoc />
    public override JsonObject Describe() => new() { ["type"] = "Discrete", ["n"] = space.N, ["start"] = space.Start };

    /// <inheritdoc />
    public override void Write(int value, Tensor[] destination, int offset)
    {
        var tensor = new Tensor { Int32S = new Tensor.Types.Int32Array() };
        tensor.Int32S.Array.Add(value);
        destination[offset] = tensor;
    }

    /// <inheritdoc />
    public override int Read(Tensor tensor, string name)
    {
        int value = tensor.PayloadCase == Tensor.PayloadOneofCase.Int32S && tensor.Int32S.Array.Count == 1
            ? tensor.Int32S.Array[0]
            : ItemTypes.FromTensor<int>(tensor, 1, name)[0];
        return space.Contains(value)
            ? value
            : throw new ProtocolException(StatusCode.InvalidArgument, $"Action {value} for '{name}' is outside {space}; expected an integer from {space.Start} to {space.Start + space.N - 1}.");
    }

    /// <inheritdoc />
    public override PackedArray Pack(ReadOnlySpan<int> values, int field) => ItemTypes.Pack(values, [values.Length]);

    /// <inheritdoc />
    public override PackedLayout? DirectLayout(int field) => new(DataType.Int32, Scalar, sizeof(int));

    /// <inheritdoc />
    public override void PackInto(ReadOnlySpan<int> values, int field, Span<byte> destination) => MemoryMarshal.AsBytes(values).CopyTo(destination);

    /// <inheritdoc />
    public override void Unpack(PackedArray array, Span<int> destination, string name)
    {
        var items = ItemTypes.Unpack<int>(array, destination.Length, name);
        for (int i = 0; i < items.Length; i++)
        {
            if (!space.Contains(items[i]))
            {
                throw new ProtocolException(StatusCode.InvalidArgument, $"Action {items[i]} of copy {i} for '{name}' is outside {space}.");
            }
            destination[i] = items[i];
        }
    }
}
