namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// The last <c>depth</c> encoded observations of each lane, oldest first (Gymnasium's FrameStackObservation, on encoded
/// numbers): an image of C channels becomes one of depth x C channels. A lane's episode start fills its stack with
/// copies of the first observation. No allocation after construction.
/// </summary>
internal sealed class FrameStacker(int lanes, int frameSize, int depth)
{
    private readonly float[] _ring = new float[lanes * depth * frameSize];
    private readonly int[] _oldest = new int[lanes];

    /// <summary>Frames per stack.</summary>
    public int Depth => depth;

    /// <summary>Starts <paramref name="lane"/>'s stack with <see cref="Depth"/> copies of <paramref name="frame"/>.</summary>
    public void Reset(int lane, ReadOnlySpan<float> frame)
    {
        for (int f = 0; f < depth; f++)
        {
            frame.CopyTo(Slot(lane, f));
        }
        _oldest[lane] = 0;
    }

    /// <summary>Adds <paramref name="frame"/> to <paramref name="lane"/>'s stack, dropping the oldest.</summary>
    public void Push(int lane, ReadOnlySpan<float> frame)
    {
        frame.CopyTo(Slot(lane, _oldest[lane]));
        _oldest[lane] = (_oldest[lane] + 1) % depth;
    }

    /// <summary>Writes <paramref name="lane"/>'s stack, oldest first.</summary>
    public void Write(int lane, Span<float> destination)
    {
        for (int f = 0; f < depth; f++)
        {
            Slot(lane, (_oldest[lane] + f) % depth).CopyTo(destination.Slice(f * frameSize, frameSize));
        }
    }

    /// <summary>Writes the stack <paramref name="lane"/> would have after pushing <paramref name="frame"/>, leaving it unchanged.</summary>
    public void WriteWith(int lane, ReadOnlySpan<float> frame, Span<float> destination)
    {
        for (int f = 1; f < depth; f++)
        {
            Slot(lane, (_oldest[lane] + f) % depth).CopyTo(destination.Slice((f - 1) * frameSize, frameSize));
        }
        frame.CopyTo(destination.Slice((depth - 1) * frameSize, frameSize));
    }

    private Span<float> Slot(int lane, int frame) => _ring.AsSpan((lane * depth + frame) * frameSize, frameSize);
}
