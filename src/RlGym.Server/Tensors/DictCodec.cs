using System.Text.Json.Nodes;
using Grpc.Core;
using RlGym.Core.Spaces;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;

namespace RlGym.Server.Tensors;

/// <summary>
/// A Dict as one tensor per key, in the space's key order, named by the key (nested Dicts join keys with '/').
/// Dict actions are not carried.
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
        throw new ProtocolException(StatusCode.Unimplemented, $"Dict actions ('{name}') cannot be sent; the server carries Dict spaces as observations only.");

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
        throw new ProtocolException(StatusCode.Unimplemented, $"Dict actions ('{name}') cannot be sent; the server carries Dict spaces as observations only.");
}
