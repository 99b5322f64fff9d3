using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlGym.Envs.Doom.Rendering;

/// <summary>Turns packed 0x00BBGGRR pixels into observation bytes: RGB triples, or one grey byte (the red channel of grey pixels).</summary>
internal static class FramePacker
{
    /// <summary>Byte positions that take R, G, B of 16 pixels and drop the fourth byte.</summary>
    private static readonly Vector512<byte> Rgb64 = Vector512.Create(
        (byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 16, 17, 18, 20, 21, 22, 24, 25, 26, 28, 29, 30,
        32, 33, 34, 36, 37, 38, 40, 41, 42, 44, 45, 46, 48, 49, 50, 52, 53, 54, 56, 57, 58, 60, 61, 62,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static readonly Vector128<byte> Rgb16 = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0x80, 0x80, 0x80, 0x80);

    public static void PackRgb(ReadOnlySpan<uint> pixels, Span<byte> destination)
    {
        if (destination.Length != pixels.Length * 3)
        {
            throw new ArgumentException($"An RGB observation of {pixels.Length} pixels needs {pixels.Length * 3} bytes, not {destination.Length}.", nameof(destination));
        }
        ReadOnlySpan<byte> source = MemoryMarshal.AsBytes(pixels);
        ref byte src = ref MemoryMarshal.GetReference(source);
        ref byte dst = ref MemoryMarshal.GetReference(destination);
        int p = 0;
        // Each vector store writes 16 bytes past its 48 (or 4 past its 12); stop while the tail still fits.
        if (Avx512Vbmi.IsSupported)
        {
            for (; p + 16 + 6 <= pixels.Length; p += 16)
            {
                var packed = Avx512Vbmi.PermuteVar64x8(Vector512.LoadUnsafe(ref src, (nuint)(p * 4)), Rgb64);
                packed.StoreUnsafe(ref dst, (nuint)(p * 3));
            }
        }
        if (Ssse3.IsSupported)
        {
            for (; p + 4 + 2 <= pixels.Length; p += 4)
            {
                Ssse3.Shuffle(Vector128.LoadUnsafe(ref src, (nuint)(p * 4)), Rgb16).StoreUnsafe(ref dst, (nuint)(p * 3));
            }
        }
        for (; p < pixels.Length; p++)
        {
            uint c = pixels[p];
            destination[p * 3] = (byte)c;
            destination[p * 3 + 1] = (byte)(c >> 8);
            destination[p * 3 + 2] = (byte)(c >> 16);
        }
    }

    public static void PackGray(ReadOnlySpan<uint> pixels, Span<byte> destination)
    {
        if (destination.Length != pixels.Length)
        {
            throw new ArgumentException($"A grey observation of {pixels.Length} pixels needs {pixels.Length} bytes, not {destination.Length}.", nameof(destination));
        }
        int p = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref uint src = ref MemoryMarshal.GetReference(pixels);
            ref byte dst = ref MemoryMarshal.GetReference(destination);
            int step = Vector256<byte>.Count;
            for (; p + step <= pixels.Length; p += step)
            {
                var low = Vector256.Narrow(Vector256.LoadUnsafe(ref src, (nuint)p), Vector256.LoadUnsafe(ref src, (nuint)(p + 8)));
                var high = Vector256.Narrow(Vector256.LoadUnsafe(ref src, (nuint)(p + 16)), Vector256.LoadUnsafe(ref src, (nuint)(p + 24)));
                Vector256.Narrow(low, high).StoreUnsafe(ref dst, (nuint)p);
            }
        }
        for (; p < pixels.Length; p++)
        {
            destination[p] = (byte)pixels[p];
        }
    }
}
