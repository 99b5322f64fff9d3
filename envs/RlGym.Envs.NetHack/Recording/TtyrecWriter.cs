using System.Buffers.Binary;

namespace RlGym.Envs.NetHack.Recording;

/// <summary>
/// Writes a standard ttyrec file (what <c>ttyplay</c> and <c>ipbt</c> play): frames of a 12-byte little-endian header
/// (seconds, microseconds, length) and the terminal bytes. One frame holds what the game drew during one step; frame
/// times start at the game's pinned clock and advance <see cref="FrameMicroseconds"/> a step, so recordings of the same
/// seed and actions are byte-for-byte equal and play back at a watchable pace.
/// </summary>
internal sealed class TtyrecWriter : IDisposable
{
    /// <summary>The time between frames.</summary>
    public const long FrameMicroseconds = 100_000;

    private readonly FileStream _file;
    private readonly MemoryStream _pending = new();
    private long _microseconds;

    /// <summary>Creates (or replaces) the file at <paramref name="path"/>; frames start at <paramref name="startSeconds"/>.</summary>
    public TtyrecWriter(string path, long startSeconds)
    {
        Path = path;
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _microseconds = startSeconds * 1_000_000;
    }

    /// <summary>The file written.</summary>
    public string Path { get; }

    /// <summary>Adds terminal bytes to the frame being built.</summary>
    public void Append(ReadOnlySpan<byte> bytes) => _pending.Write(bytes);

    /// <summary>Writes the frame built so far (nothing when it is empty) and advances the clock.</summary>
    public void EndFrame()
    {
        if (_pending.Length == 0)
        {
            return;
        }
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(header, (int)(_microseconds / 1_000_000));
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], (int)(_microseconds % 1_000_000));
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], (int)_pending.Length);
        _file.Write(header);
        _file.Write(_pending.GetBuffer().AsSpan(0, (int)_pending.Length));
        _pending.SetLength(0);
        _microseconds += FrameMicroseconds;
    }

    /// <summary>Writes the last frame and closes the file.</summary>
    public void Dispose()
    {
        EndFrame();
        _file.Dispose();
        _pending.Dispose();
    }
}
