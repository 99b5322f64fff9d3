using System.Runtime.InteropServices;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using RlGym.Core.Vector;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tensors;

namespace RlGym.Server.Worlds;

/// <summary>
/// Writes a VectorStepResponse without infos straight into the one buffer that travels as the <c>Any</c>'s value: each
/// observation field's items go from the copies into place (<see cref="SpaceCodec{T}.PackInto"/>), then the rewards
/// and flags, with the few protobuf headers between them. The same bytes as packing each batch and serializing the
/// message (tested), with one allocation and one copy of the items instead of three of each.
/// </summary>
/// <typeparam name="TObs">The observation type of one copy.</typeparam>
internal sealed class VectorStepWriter<TObs>
{
    private const string TypeUrl = "type.googleapis.com/rlgym_rpc.v1.VectorStepResponse";
    private const int LengthDelimited = 2;
    private readonly SpaceCodec<TObs> _codec;
    private readonly ulong[] _uids;
    private readonly PackedLayout[] _layouts;
    private readonly int _count;

    private VectorStepWriter(SpaceCodec<TObs> codec, ulong[] uids, PackedLayout[] layouts, int count)
    {
        _codec = codec;
        _uids = uids;
        _layouts = layouts;
        _count = count;
    }

    /// <summary>A writer for <paramref name="count"/> copies, or null when some field of the space has no direct form.</summary>
    public static VectorStepWriter<TObs>? TryCreate(SpaceCodec<TObs> codec, ObservationLayout layout, int count)
    {
        var layouts = new PackedLayout[layout.FieldCount];
        for (int field = 0; field < layouts.Length; field++)
        {
            if (codec.DirectLayout(field) is not PackedLayout direct)
            {
                return null;
            }
            layouts[field] = direct;
        }
        ulong[] uids = [.. Enumerable.Range(0, layouts.Length).Select(f => layout.FirstUid + (ulong)f)];
        return new VectorStepWriter<TObs>(codec, uids, layouts, count);
    }

    /// <summary>The response to a step without infos (or whose sparse infos are all empty), packed in an <c>Any</c>.</summary>
    public Any Write(in VectorStepResult<TObs> result)
    {
        int size = 0;
        for (int field = 0; field < _layouts.Length; field++)
        {
            int entry = EntrySize(_uids[field], _layouts[field].Type, _layouts[field].Shape, _layouts[field].ElementBytes * _count);
            size += 1 + CodedOutputStream.ComputeLengthSize(entry) + entry;
        }
        int rewards = ArraySize(DataType.Double, [], sizeof(double) * _count);
        int flags = ArraySize(DataType.Bool, [], _count);
        size += 1 + CodedOutputStream.ComputeLengthSize(rewards) + rewards + 2 * (1 + CodedOutputStream.ComputeLengthSize(flags) + flags);
        var buffer = new byte[size];
        var writer = new Writer(buffer);
        for (int field = 0; field < _layouts.Length; field++)
        {
            var layout = _layouts[field];
            int data = layout.ElementBytes * _count;
            writer.Header(1, EntrySize(_uids[field], layout.Type, layout.Shape, data));
            writer.Varint(1 << 3);
            writer.Varint(_uids[field]);
            writer.Header(2, ArraySize(layout.Type, layout.Shape, data));
            _codec.PackInto(result.Observations, field, writer.Array(layout.Type, layout.Shape, _count, data));
        }
        writer.Header(2, rewards);
        MemoryMarshal.AsBytes(result.Rewards).CopyTo(writer.Array(DataType.Double, [], _count, sizeof(double) * _count));
        writer.Header(3, flags);
        MemoryMarshal.AsBytes(result.Terminated).CopyTo(writer.Array(DataType.Bool, [], _count, _count));
        writer.Header(4, flags);
        MemoryMarshal.AsBytes(result.Truncated).CopyTo(writer.Array(DataType.Bool, [], _count, _count));
        if (writer.Position != size)
        {
            throw new InvalidOperationException($"The vector step response took {writer.Position} bytes; {size} were computed.");
        }
        return new Any { TypeUrl = TypeUrl, Value = UnsafeByteOperations.UnsafeWrap(buffer) };
    }

    private int EntrySize(ulong uid, DataType type, int[] shape, int data)
    {
        int array = ArraySize(type, shape, data);
        return 1 + CodedOutputStream.ComputeUInt64Size(uid) + 1 + CodedOutputStream.ComputeLengthSize(array) + array;
    }

    private int ArraySize(DataType type, int[] shape, int data)
    {
        int dims = ShapeSize(shape);
        return 1 + CodedOutputStream.ComputeEnumSize((int)type) + 1 + CodedOutputStream.ComputeLengthSize(dims) + dims
            + 1 + CodedOutputStream.ComputeLengthSize(data) + data;
    }

    private int ShapeSize(int[] shape)
    {
        int size = CodedOutputStream.ComputeInt32Size(_count);
        foreach (int d in shape)
        {
            size += CodedOutputStream.ComputeInt32Size(d);
        }
        return size;
    }

    /// <summary>Protobuf's wire form into a buffer sized beforehand.</summary>
    private ref struct Writer(byte[] buffer)
    {
        private readonly byte[] _buffer = buffer;

        public int Position { get; private set; }

        public void Varint(ulong value)
        {
            while (value >= 0x80)
            {
                _buffer[Position++] = (byte)(value | 0x80);
                value >>= 7;
            }
            _buffer[Position++] = (byte)value;
        }

        public void Header(int field, int length)
        {
            Varint((ulong)((field << 3) | LengthDelimited));
            Varint((ulong)length);
        }

        /// <summary>A PackedArray's dtype and shape ([count, ..shape]); returns the place of its data, which the caller fills.</summary>
        public Span<byte> Array(DataType type, int[] shape, int count, int data)
        {
            Varint(1 << 3);
            Varint((ulong)type);
            int dims = CodedOutputStream.ComputeInt32Size(count);
            foreach (int d in shape)
            {
                dims += CodedOutputStream.ComputeInt32Size(d);
            }
            Header(2, dims);
            Varint((ulong)count);
            foreach (int d in shape)
            {
                Varint((ulong)d);
            }
            Header(3, data);
            var place = _buffer.AsSpan(Position, data);
            Position += data;
            return place;
        }
    }
}
