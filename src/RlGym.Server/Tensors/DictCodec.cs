using System.Text.Json.Nodes;
using Google.Protobuf.Collections;
using Grpc.Core;
using RlGym.Core.Spaces;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;

namespace RlGym.Server.Tensors;

/// <summary>
/// A Dict as one tensor per key, in the space's key order, named by the key (nested Dicts join keys with '/'). As an
/// action, key i travels as uid first + i (<c>action/KEY</c>), in a step as a tensor and in a vector step as a packed
/// array of every copy's values; the element built is a dictionary of the keys' values, as the sub-spaces hold them.
/// </summary>
internal sealed class DictCodec : SpaceCodec<IReadOnlyDictionary<string, object>>
{
    private readonly DictSpace _space;
    private readonly (string Key, SpaceCodec Codec, int Offset)[] _children;
    private readonly (int Child, int Field)[] _fieldOwners;

    /// <summary>Creates the codec of <paramref name="space"/>'s sub-spaces.</summary>
    public DictCodec(DictSpace space)
    {
        _space = space;
        var children = new List<(string, SpaceCodec, int)>();
        var fields = new List<string>();
        var owners = new List<(int, int)>();
        foreach (var (key, sub) in space.Spaces)
        {
            var codec = SpaceCodecs.Create(sub);
            children.Add((key, codec, fields.Count));
            for (int f = 0; f < codec.Fields.Count; f++)
            {
                fields.Add(Join(key, codec.Fields[f]));
                owners.Add((children.Count - 1, f));
            }
        }
        _children = [.. children];
        Fields = fields;
        _fieldOwners = [.. owners];
    }

    /// <inheritdoc />
    public override ISpace Space => _space;

    /// <inheritdoc />
    public override IReadOnlyList<string> Fields { get; }

    /// <inheritdoc />
    public override IEnumerable<TensorSpec> Specs(string name) =>
        _children.SelectMany(c => c.Codec.Specs(name.Length == 0 ? c.Key : Join(name, c.Key)));

    /// <inheritdoc />
    public override JsonObject Describe()
    {
        var spaces = new JsonObject();
        foreach (var (key, codec, _) in _children)
        {
            spaces[key] = codec.Describe();
        }
        return new JsonObject { ["type"] = "Dict", ["spaces"] = spaces };
    }

    /// <inheritdoc />
    public override void Write(IReadOnlyDictionary<string, object> value, Tensor[] destination, int offset)
    {
        foreach (var (key, codec, childOffset) in _children)
        {
            codec.WriteObject(value[key], destination, offset + childOffset);
        }
    }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, object> Read(Tensor tensor, string name) =>
        throw new ProtocolException(StatusCode.InvalidArgument, $"A Dict action ('{name}') travels as one tensor per key, not as one tensor.");

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, object> Read(MapField<ulong, Tensor> tensors, ulong firstUid, string name)
    {
        var value = new Dictionary<string, object>(_children.Length, StringComparer.Ordinal);
        foreach (var (key, codec, offset) in _children)
        {
            value[key] = codec.ReadObject(tensors, firstUid + (ulong)offset, Join(name, key));
        }
        return _space.Contains(value)
            ? value
            : throw new ProtocolException(StatusCode.InvalidArgument, $"Action {_space.Format(value)} for '{name}' is outside {_space}.");
    }

    /// <inheritdoc />
    public override PackedArray Pack(ReadOnlySpan<IReadOnlyDictionary<string, object>> values, int field)
    {
        var (child, childField) = _fieldOwners[field];
        var (key, codec, _) = _children[child];
        var items = new object[values.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = values[i][key];
        }
        return codec.PackObjects(items, childField);
    }

    /// <inheritdoc />
    public override void Unpack(PackedArray array, Span<IReadOnlyDictionary<string, object>> destination, string name) =>
        throw new ProtocolException(StatusCode.InvalidArgument, $"A Dict action ('{name}') travels as one packed array per key, not as one array.");

    /// <inheritdoc />
    public override void Unpack(MapField<ulong, PackedArray> arrays, ulong firstUid, Span<IReadOnlyDictionary<string, object>> destination, string name)
    {
        var values = new Dictionary<string, object>[destination.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = new Dictionary<string, object>(_children.Length, StringComparer.Ordinal);
        }
        var items = new object[destination.Length];
        foreach (var (key, codec, offset) in _children)
        {
            codec.UnpackObjects(arrays, firstUid + (ulong)offset, items, Join(name, key));
            for (int i = 0; i < values.Length; i++)
            {
                values[i][key] = items[i];
            }
        }
        for (int i = 0; i < values.Length; i++)
        {
            destination[i] = values[i];
        }
    }
}
