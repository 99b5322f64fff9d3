using System.IO.Compression;
using System.Runtime.InteropServices;
using RlGym.Core.Random;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// The aggregated training set (DAgger): every game the student played, as its observations and the teacher's labels
/// (-100, ignored by the loss, for moves after a catch ended the game). A ring: the oldest games go first when full.
/// <see cref="Write"/> and <see cref="Read"/> keep it in a training checkpoint, deflated (the numbers are grid
/// positions and directions, which compress well), so a resumed run samples exactly the games the saved one would have.
/// </summary>
internal sealed class GameAggregate
{
    public const long Ignored = -100;

    private readonly int _moves;
    private readonly float[] _inputs;
    private readonly long[] _labels;
    private int _next;

    public GameAggregate(int capacity, int moves)
    {
        Capacity = capacity;
        _moves = moves;
        _inputs = new float[(long)capacity * moves * CatMouseObservation.Length];
        _labels = new long[(long)capacity * moves];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    /// <summary>Adds games laid out as [game, move, 4] inputs and [game, move] labels.</summary>
    public void Add(ReadOnlySpan<float> inputs, ReadOnlySpan<long> labels, int games)
    {
        int inputStride = _moves * CatMouseObservation.Length;
        for (int g = 0; g < games; g++)
        {
            inputs.Slice(g * inputStride, inputStride).CopyTo(_inputs.AsSpan(_next * inputStride, inputStride));
            labels.Slice(g * _moves, _moves).CopyTo(_labels.AsSpan(_next * _moves, _moves));
            _next = (_next + 1) % Capacity;
            Count = Math.Min(Count + 1, Capacity);
        }
    }

    /// <summary>Copies <paramref name="games"/> games drawn uniformly (with replacement) to the given offsets of the buffers.</summary>
    public void Sample(Rng rng, int games, Span<float> inputs, Span<long> labels)
    {
        int inputStride = _moves * CatMouseObservation.Length;
        for (int g = 0; g < games; g++)
        {
            int source = rng.NextInt(Count);
            _inputs.AsSpan(source * inputStride, inputStride).CopyTo(inputs.Slice(g * inputStride, inputStride));
            _labels.AsSpan(source * _moves, _moves).CopyTo(labels.Slice(g * _moves, _moves));
        }
    }

    /// <summary>Writes the ring's position, its count and the games it holds (deflated), for a training checkpoint.</summary>
    public void Write(BinaryWriter writer)
    {
        int inputStride = _moves * CatMouseObservation.Length;
        writer.Write(Capacity);
        writer.Write(_moves);
        writer.Write(Count);
        writer.Write(_next);
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(MemoryMarshal.AsBytes(_inputs.AsSpan(0, Count * inputStride)));
            deflate.Write(MemoryMarshal.AsBytes(_labels.AsSpan(0, Count * _moves)));
        }
        writer.Write(packed.Length);
        writer.Write(packed.GetBuffer().AsSpan(0, (int)packed.Length));
    }

    /// <summary>Restores what <see cref="Write"/> wrote into this aggregate, which must have the same capacity and game length.</summary>
    /// <exception cref="InvalidDataException">When the stored aggregate does not fit this one or is damaged; the message names <paramref name="source"/>.</exception>
    public void Read(BinaryReader reader, string source)
    {
        int capacity = reader.ReadInt32(), moves = reader.ReadInt32(), count = reader.ReadInt32(), next = reader.ReadInt32();
        if (capacity != Capacity || moves != _moves)
        {
            throw new InvalidDataException($"'{source}' holds an aggregate of {capacity} games of {moves} moves; this run keeps {Capacity} games of {_moves} moves.");
        }
        if (count < 0 || count > capacity || next < 0 || next >= capacity || (count < capacity && next != count))
        {
            throw new InvalidDataException($"'{source}' holds an impossible aggregate ({count} games, next slot {next}, capacity {capacity}).");
        }
        long length = reader.ReadInt64();
        if (length < 0 || length > int.MaxValue)
        {
            throw new InvalidDataException($"'{source}' holds an aggregate of impossible size {length}.");
        }
        byte[] packed = reader.ReadBytes((int)length);
        if (packed.Length != length)
        {
            throw new EndOfStreamException();
        }
        int inputStride = _moves * CatMouseObservation.Length;
        using var deflate = new DeflateStream(new MemoryStream(packed), CompressionMode.Decompress);
        try
        {
            deflate.ReadExactly(MemoryMarshal.AsBytes(_inputs.AsSpan(0, count * inputStride)));
            deflate.ReadExactly(MemoryMarshal.AsBytes(_labels.AsSpan(0, count * _moves)));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            throw new InvalidDataException($"'{source}' holds a damaged aggregate of games.", e);
        }
        Count = count;
        _next = next;
    }
}
