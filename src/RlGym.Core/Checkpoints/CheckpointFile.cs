using System.IO.Hashing;
using System.Text;

namespace RlGym.Core.Checkpoints;

/// <summary>
/// Reads and writes checkpoint files safely: a header (magic "RLGYMCKP", format version, a kind string naming what is
/// inside), the payload, and a CRC-32 of everything before it. Writes go to a temporary file in the same folder that
/// is flushed and then renamed over the target, so a crash never leaves a half-written checkpoint. Reads verify the
/// header, the kind and the checksum and fail with <see cref="UserInputException"/> naming the file (a checkpoint is
/// a file a user names: one that is missing, a folder, corrupt or of another kind is theirs to fix).
/// </summary>
public static class CheckpointFile
{
    private static readonly byte[] Magic = "RLGYMCKP"u8.ToArray();
    private const int FormatVersion = 1;

    /// <summary>Writes a checkpoint of <paramref name="kind"/> whose payload <paramref name="writePayload"/> writes.</summary>
    /// <exception cref="IOException">When the folder does not exist or is not writable; the target is left untouched.</exception>
    public static void Write(string path, string kind, Action<BinaryWriter> writePayload)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(writePayload);
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"Checkpoint path '{path}' is a folder; expected a file path.");
        }
        string directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Cannot write checkpoint '{path}': folder '{directory}' does not exist.");
        }
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(kind);
            writePayload(writer);
        }
        uint crc = Crc32.HashToUInt32(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                buffer.Position = 0;
                buffer.CopyTo(file);
                Span<byte> tail = stackalloc byte[4];
                BitConverter.TryWriteBytes(tail, crc);
                file.Write(tail);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The kind of the checkpoint at <paramref name="path"/> (after checking its header and checksum), for files that may hold one of several kinds.</summary>
    /// <exception cref="UserInputException">When the file does not exist, is a folder, is not a checkpoint, is of another format version, is truncated or corrupt.</exception>
    public static string Kind(string path) => Open(path, null, reader => reader.ReadString());

    /// <summary>Reads a checkpoint of <paramref name="kind"/> and returns what <paramref name="readPayload"/> makes of its payload.</summary>
    /// <exception cref="UserInputException">
    /// When the file does not exist, is a folder, is not a checkpoint, is of another kind or version, is truncated or corrupt, or
    /// <paramref name="readPayload"/> throws <see cref="InvalidDataException"/> (the payload does not make sense).
    /// </exception>
    public static T Read<T>(string path, string kind, Func<BinaryReader, T> readPayload)
    {
        ArgumentNullException.ThrowIfNull(readPayload);
        return Open(path, kind, readPayload);
    }

    // Verifies the file and positions the reader after the header (after the kind when one is expected, before it otherwise).
    private static T Open<T>(string path, string? kind, Func<BinaryReader, T> read)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new UserInputException($"Checkpoint '{path}' is a folder; expected a checkpoint file (such as {Path.Combine(path, "brain.ckpt")}).");
        }
        if (!File.Exists(path))
        {
            throw new UserInputException($"Checkpoint '{path}' does not exist.");
        }
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < Magic.Length + 8 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new UserInputException($"'{path}' is not an RlGym checkpoint (no RLGYMCKP header).");
        }
        uint stored = BitConverter.ToUInt32(bytes, bytes.Length - 4);
        if (Crc32.HashToUInt32(bytes.AsSpan(0, bytes.Length - 4)) != stored)
        {
            throw new UserInputException($"Checkpoint '{path}' is corrupt (checksum mismatch); it was truncated or changed after it was written.");
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 4, writable: false), Encoding.UTF8);
            reader.ReadBytes(Magic.Length);
            int version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new UserInputException($"Checkpoint '{path}' has format version {version}; this RlGym reads version {FormatVersion}.");
            }
            if (kind is null)
            {
                return read(reader);
            }
            string actualKind = reader.ReadString();
            if (!string.Equals(actualKind, kind, StringComparison.Ordinal))
            {
                throw new UserInputException($"Checkpoint '{path}' holds a checkpoint of kind '{actualKind}'; expected kind '{kind}'.");
            }
            return read(reader);
        }
        catch (EndOfStreamException e)
        {
            throw new UserInputException($"Checkpoint '{path}' ends early; it is incomplete.", e);
        }
        catch (InvalidDataException e)
        {
            throw new UserInputException(e.Message, e);
        }
    }
}
