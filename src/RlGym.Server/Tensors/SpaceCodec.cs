using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Grpc.Core;
using RlGym.Core.Spaces;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;

namespace RlGym.Server.Tensors;

/// <summary>
/// Carries the elements of one space as dm_env_rpc tensors: one tensor per field (one field for a plain space, one per
/// key for a Dict), one spec per field, a Gymnasium description, and whole batches as packed arrays.
/// </summary>
internal abstract class SpaceCodec
{
    /// <summary>The space carried.</summary>
    public abstract ISpace Space { get; }

    /// <summary>The field names relative to the space (empty for a plain space, the keys for a Dict).</summary>
    public abstract IReadOnlyList<string> Fields { get; }

    /// <summary>The spec of each field; <paramref name="name"/> names a plain space and prefixes a Dict's keys.</summary>
    public abstract IEnumerable<TensorSpec> Specs(string name);

    /// <summary>The Gymnasium description of the space (see rlgym_extensions.proto).</summary>
    public abstract JsonObject Describe();

    /// <summary>Writes a boxed element's fields, in order, into <paramref name="destination"/> starting at <paramref name="offset"/>.</summary>
    public abstract void WriteObject(object value, Tensor[] destination, int offset);

    /// <summary>Reads a boxed element from one tensor (plain spaces only), checking it lies in the space.</summary>
    /// <exception cref="ProtocolException">When the tensor is malformed or the value is outside the space.</exception>
    public abstract object ReadObject(Tensor tensor, string name);

    /// <summary>Packs the <paramref name="field"/>-th field of every element of a batch.</summary>
    public abstract PackedArray PackObjects(IReadOnlyList<object> values, int field);

    /// <summary>
    /// Reads a boxed element from its fields' tensors: field f is the tensor of uid <paramref name="firstUid"/> + f,
    /// named <paramref name="name"/> (a plain space) or <c>name/key</c> (a Dict's keys).
    /// </summary>
    /// <exception cref="ProtocolException">When a field is missing or malformed, or the value is outside the space.</exception>
    public abstract object ReadObject(MapField<ulong, Tensor> tensors, ulong firstUid, string name);

    /// <summary>Unpacks one boxed element per copy from the packed fields of uids <paramref name="firstUid"/> on.</summary>
    /// <exception cref="ProtocolException">When a field is missing or malformed, or a value is outside the space.</exception>
    public abstract void UnpackObjects(MapField<ulong, PackedArray> arrays, ulong firstUid, object[] destination, string name);

    /// <summary>The tensor of field uid <paramref name="uid"/>, or the one-line refusal naming what is missing.</summary>
    /// <exception cref="ProtocolException">When the uid is absent.</exception>
    protected static TValue Field<TValue>(MapField<ulong, TValue> fields, ulong uid, string name, string what) =>
        fields.TryGetValue(uid, out var value)
            ? value
            : throw new ProtocolException(StatusCode.InvalidArgument, $"The {what} has no action '{name}': expected uid {uid}.");

    /// <summary>Joins a name and a field: <c>observation</c>, or <c>prefix/key</c>.</summary>
    protected static string Join(string name, string field) =>
        field.Length == 0 ? name : name.Length == 0 ? field : name + "/" + field;

    /// <summary>A byte string that wraps <paramref name="bytes"/> without copying (the caller hands it over).</summary>
    protected static ByteString Wrap(byte[] bytes) => UnsafeByteOperations.UnsafeWrap(bytes);
}

/// <summary>A codec of elements of type <typeparamref name="T"/>, with typed, batched and validated reads.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal abstract class SpaceCodec<T> : SpaceCodec
{
    /// <summary>Writes an element's fields into <paramref name="destination"/> from <paramref name="offset"/>.</summary>
    public abstract void Write(T value, Tensor[] destination, int offset);

    /// <summary>Reads an element from one tensor and checks it lies in the space.</summary>
    /// <exception cref="ProtocolException">When the tensor is malformed or the value is outside the space.</exception>
    public abstract T Read(Tensor tensor, string name);

    /// <summary>Packs the <paramref name="field"/>-th field of every element of a batch, little-endian.</summary>
    public abstract PackedArray Pack(ReadOnlySpan<T> values, int field);

    /// <summary>Unpacks one element per copy from a packed batch and checks each lies in the space.</summary>
    /// <exception cref="ProtocolException">When the array is malformed or a value is outside the space.</exception>
    public abstract void Unpack(PackedArray array, Span<T> destination, string name);

    /// <inheritdoc />
    public override void WriteObject(object value, Tensor[] destination, int offset) => Write((T)value, destination, offset);

    /// <inheritdoc />
    public override object ReadObject(Tensor tensor, string name) => Read(tensor, name)!;

    /// <summary>
    /// How field <paramref name="field"/> of a batch is laid out when <see cref="PackInto"/> writes it: its data type,
    /// the shape of one element's field and its bytes per element; null when this codec has no direct form and
    /// <see cref="Pack"/> is the way.
    /// </summary>
    public virtual PackedLayout? DirectLayout(int field) => null;

    /// <summary>Writes field <paramref name="field"/> of every element, as <see cref="Pack"/> carries it, into <paramref name="destination"/>.</summary>
    /// <exception cref="NotSupportedException">When <see cref="DirectLayout"/> is null.</exception>
    public virtual void PackInto(ReadOnlySpan<T> values, int field, Span<byte> destination) =>
        throw new NotSupportedException($"{GetType().Name} has no direct packed form; use Pack.");

    /// <summary>Reads an element from its fields' tensors (uids <paramref name="firstUid"/> on) and checks it lies in the space.</summary>
    /// <exception cref="ProtocolException">When a field is missing or malformed, or the value is outside the space.</exception>
    public virtual T Read(MapField<ulong, Tensor> tensors, ulong firstUid, string name) => Read(Field(tensors, firstUid, name, "step"), name);

    /// <summary>Unpacks one element per copy from the packed fields of uids <paramref name="firstUid"/> on.</summary>
    /// <exception cref="ProtocolException">When a field is missing or malformed, or a value is outside the space.</exception>
    public virtual void Unpack(MapField<ulong, PackedArray> arrays, ulong firstUid, Span<T> destination, string name) =>
        Unpack(Field(arrays, firstUid, name, "vector step"), destination, name);

    /// <inheritdoc />
    public override object ReadObject(MapField<ulong, Tensor> tensors, ulong firstUid, string name) => Read(tensors, firstUid, name)!;

    /// <inheritdoc />
    public override void UnpackObjects(MapField<ulong, PackedArray> arrays, ulong firstUid, object[] destination, string name)
    {
        var typed = new T[destination.Length];
        Unpack(arrays, firstUid, typed, name);
        for (int i = 0; i < typed.Length; i++)
        {
            destination[i] = typed[i]!;
        }
    }

    /// <inheritdoc />
    public override PackedArray PackObjects(IReadOnlyList<object> values, int field)
    {
        var typed = new T[values.Count];
        for (int i = 0; i < typed.Length; i++)
        {
            typed[i] = (T)values[i];
        }
        return Pack(typed, field);
    }
}

/// <summary>One field of a packed batch as written straight into a buffer: its data type, one element's shape, its bytes per element.</summary>
/// <param name="Type">The data type of the items.</param>
/// <param name="Shape">The shape of one element's field (the batch adds a leading dimension).</param>
/// <param name="ElementBytes">The bytes of one element's field.</param>
internal sealed record PackedLayout(DataType Type, int[] Shape, int ElementBytes);
