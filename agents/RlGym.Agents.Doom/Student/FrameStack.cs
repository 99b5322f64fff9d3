namespace RlGym.Agents.Doom.Student;

/// <summary>
/// The latest frames of one episode, oldest first, as the student's input. At the start of an episode the first frame
/// fills every place, so the input always holds <c>stack</c> frames.
/// </summary>
internal sealed class FrameStack
{
    private readonly byte[] _frames;
    private readonly int _frameSize;
    private readonly int _stack;
    private int _newest;

    public FrameStack(int frameSize, int stack)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frameSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stack, 1);
        _frameSize = frameSize;
        _stack = stack;
        _frames = new byte[frameSize * stack];
    }

    /// <summary>Starts an episode at <paramref name="frame"/>.</summary>
    public void Reset(ReadOnlySpan<byte> frame)
    {
        RequireFrame(frame);
        for (int i = 0; i < _stack; i++)
        {
            frame.CopyTo(_frames.AsSpan(i * _frameSize, _frameSize));
        }
        _newest = _stack - 1;
    }

    /// <summary>Adds the newest frame, dropping the oldest.</summary>
    public void Push(ReadOnlySpan<byte> frame)
    {
        RequireFrame(frame);
        _newest = (_newest + 1) % _stack;
        frame.CopyTo(_frames.AsSpan(_newest * _frameSize, _frameSize));
    }

    /// <summary>Writes the stack, oldest frame first, into <paramref name="destination"/> (frame size x stack bytes).</summary>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length != _frames.Length)
        {
            throw new ArgumentException($"A stack of {_stack} frames of {_frameSize} bytes needs {_frames.Length} bytes, not {destination.Length}.", nameof(destination));
        }
        for (int i = 0; i < _stack; i++)
        {
            int slot = (_newest + 1 + i) % _stack;
            _frames.AsSpan(slot * _frameSize, _frameSize).CopyTo(destination.Slice(i * _frameSize, _frameSize));
        }
    }

    private void RequireFrame(ReadOnlySpan<byte> frame)
    {
        if (frame.Length != _frameSize)
        {
            throw new ArgumentException($"A frame here has {_frameSize} bytes, not {frame.Length}.", nameof(frame));
        }
    }
}
