using System.Buffers.Binary;

namespace RlGym.Envs.NetHack.Tests.Screen;

/// <summary>Reads ttyrec frames (12-byte little-endian header: seconds, microseconds, length; then the bytes).</summary>
internal static class TtyrecReader
{
    public static List<(long Seconds, long Microseconds, byte[] Bytes)> Read(string path)
    {
        byte[] data = File.ReadAllBytes(path);
        var frames = new List<(long, long, byte[])>();
        int at = 0;
        while (at < data.Length)
        {
            Assert.True(at + 12 <= data.Length, $"a frame header at byte {at} is cut short");
            long seconds = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at));
            long micros = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at + 4));
            int length = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(at + 8));
            Assert.InRange(micros, 0, 999_999);
            Assert.True(length >= 0 && at + 12 + length <= data.Length, $"the frame at byte {at} claims {length} bytes");
            frames.Add((seconds, micros, data.AsSpan(at + 12, length).ToArray()));
            at += 12 + length;
        }
        return frames;
    }
}
