using System.IO.Compression;
using System.Runtime.InteropServices;

namespace RlGym.Agents.Doom.Gps;

/// <summary>
/// Every labelled decision gathered so far, up to a capacity: one grey frame (bytes) and the teacher's action per
/// decision, kept episode by episode so that a decision's input stack is rebuilt from the frames before it (the first
/// frame repeated at the start of an episode, as <c>FrameStack</c> does while playing). Frames are stored once, not
/// once per stack. When full, the oldest decisions are overwritten first (first in, first out), so the earliest
/// rounds, which the teacher drove most, leave first; a stack whose older frames were overwritten repeats its oldest
/// surviving frame. <see cref="Write"/> and <see cref="Read"/> keep it in a training checkpoint (frames deflated), so a
/// resumed search trains on exactly what the uninterrupted one would have.
/// </summary>
internal sealed class SampleAggregate
{
    private readonly byte[] _frames;
    private readonly byte[] _labels;
    private readonly int[] _positions;
    private readonly int _capacity;
    private readonly int _frameSize;
    private readonly int _stack;
    private long _added;

    public SampleAggregate(int capacity, int frameSize, int stack)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(frameSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stack, 1);
        _capacity = capacity;
        _frameSize = frameSize;
        _stack = stack;
        if ((long)capacity * frameSize > Array.MaxLength)
        {
            throw new ArgumentException($"An aggregate of {capacity} frames of {frameSize} bytes would exceed {Array.MaxLength} bytes; lower the capacity.", nameof(capacity));
        }
        _frames = new byte[capacity * frameSize];
        _labels = new byte[capacity];
        _positions = new int[capacity];
    }

    /// <summary>Bytes of one decision's input stack.</summary>
    public int InputSize => _frameSize * _stack;

    /// <summary>Decisions held.</summary>
    public int Count => (int)Math.Min(_added, _capacity);

    /// <summary>Decisions ever added (including those since overwritten).</summary>
    public long Added => _added;

    /// <summary>Adds a whole episode: its frames, in order, and the teacher's action at each.</summary>
    /// <exception cref="ArgumentException">When the counts differ, a frame has the wrong size or a label is not 0 to 255.</exception>
    public void AddEpisode(IReadOnlyList<byte[]> frames, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(labels);
        if (frames.Count != labels.Count)
        {
            throw new ArgumentException($"An episode of {frames.Count} frames needs as many labels, not {labels.Count}.", nameof(labels));
        }
        for (int t = 0; t < frames.Count; t++)
        {
            if (frames[t].Length != _frameSize)
            {
                throw new ArgumentException($"Frame {t} has {frames[t].Length} bytes; the aggregate holds frames of {_frameSize}.", nameof(frames));
            }
            if (labels[t] is < 0 or > byte.MaxValue)
            {
                throw new ArgumentException($"Label {t} is {labels[t]}; expected an action 0 to 255.", nameof(labels));
            }
            int slot = (int)(_added % _capacity);
            frames[t].CopyTo(_frames.AsSpan(slot * _frameSize, _frameSize));
            _labels[slot] = (byte)labels[t];
            _positions[slot] = t;
            _added++;
        }
    }

    /// <summary>The teacher's action for decision <paramref name="index"/> (0 is the oldest held).</summary>
    public int Label(int index) => _labels[Slot(Serial(index))];

    /// <summary>Writes decision <paramref name="index"/>'s input stack, oldest frame first, into <paramref name="destination"/>.</summary>
    public void CopyInput(int index, Span<byte> destination)
    {
        if (destination.Length != _frameSize * _stack)
        {
            throw new ArgumentException($"An input of {_stack} frames needs {_frameSize * _stack} bytes, not {destination.Length}.", nameof(destination));
        }
        long serial = Serial(index);
        long oldest = _added - Count;
        int before = (int)Math.Min(_positions[Slot(serial)], serial - oldest);
        for (int k = 0; k < _stack; k++)
        {
            int back = Math.Min(_stack - 1 - k, before);
            int slot = Slot(serial - back);
            _frames.AsSpan(slot * _frameSize, _frameSize).CopyTo(destination.Slice(k * _frameSize, _frameSize));
        }
    }

    private long Serial(int index)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The aggregate holds {Count} decisions.");
        }
        return _added - Count + index;
    }

    private int Slot(long serial) => (int)(serial % _capacity);

    /// <summary>Writes the sizes, the count of decisions ever added, and the held slots (frames deflated, labels, positions).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_capacity);
        writer.Write(_frameSize);
        writer.Write(_stack);
        writer.Write(_added);
        int held = Count;
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(_frames.AsSpan(0, held * _frameSize));
            deflate.Write(_labels.AsSpan(0, held));
            deflate.Write(MemoryMarshal.AsBytes(_positions.AsSpan(0, held)));
        }
        writer.Write(packed.Length);
        writer.Write(packed.GetBuffer().AsSpan(0, (int)packed.Length));
    }

    /// <summary>Restores what <see cref="Write"/> wrote into this aggregate, which must have the same capacity, frame size and stack.</summary>
    /// <exception cref="InvalidDataException">When the stored aggregate does not fit or is damaged; the message names <paramref name="source"/>.</exception>
    public void Read(BinaryReader reader, string source)
    {
        int capacity = reader.ReadInt32(), frameSize = reader.ReadInt32(), stack = reader.ReadInt32();
        long added = reader.ReadInt64();
        if (capacity != _capacity || frameSize != _frameSize || stack != _stack)
        {
            throw new InvalidDataException($"'{source}' holds an aggregate of {capacity} decisions of {frameSize}-byte frames stacked {stack}; this search keeps {_capacity} of {_frameSize} stacked {_stack}.");
        }
        long length = reader.ReadInt64();
        if (added < 0 || length < 0 || length > Array.MaxLength)
        {
            throw new InvalidDataException($"'{source}' holds an impossible aggregate ({added} decisions, {length} bytes).");
        }
        byte[] packed = reader.ReadBytes((int)length);
        if (packed.Length != length)
        {
            throw new EndOfStreamException();
        }
        int held = (int)Math.Min(added, _capacity);
        using var deflate = new DeflateStream(new MemoryStream(packed), CompressionMode.Decompress);
        try
        {
            deflate.ReadExactly(_frames.AsSpan(0, held * _frameSize));
            deflate.ReadExactly(_labels.AsSpan(0, held));
            deflate.ReadExactly(MemoryMarshal.AsBytes(_positions.AsSpan(0, held)));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            throw new InvalidDataException($"'{source}' holds a damaged aggregate of decisions.", e);
        }
        _added = added;
    }
}
