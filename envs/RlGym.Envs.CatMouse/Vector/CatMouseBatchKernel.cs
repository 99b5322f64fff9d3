using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using RlGym.Core.Vector;

namespace RlGym.Envs.CatMouse.Vector;

/// <summary>
/// The Vector256 step of eight CatMouse-v0 games at a time over the batch's structure-of-arrays: move and clamp,
/// Manhattan reward, catch and time limit, then the observations (transposed to the interleaved
/// <see cref="CatMouseObservation"/> layout), rewards and flags, all without branches. The games that need an
/// autoreset are gathered into a list as the blocks go (a branch-free compress: each block appends the indices of
/// its flagged lanes), and reset afterwards in one tight scalar pass.
/// </summary>
internal static class CatMouseBatchKernel
{
    private const int Lanes = 8;

    /// <summary>One byte (0 or 1) per bit of an 8-bit mask, as a little-endian ulong: eight bools in one store.</summary>
    private static readonly ulong[] BoolBytes = MakeBoolBytes();

    /// <summary>Row m lists the set bits of m in ascending order (then zeros): the lanes to append for mask m.</summary>
    private static readonly int[] LanesOfMask = MakeLanesOfMask();

    /// <summary>True when this machine runs the kernel in hardware (AVX2).</summary>
    public static bool IsSupported => Avx2.IsSupported;

    /// <summary>
    /// Steps whole blocks of eight in [<paramref name="from"/>, <paramref name="to"/>), then their autoresets; returns
    /// where the scalar tail starts. <paramref name="scratch"/> needs to - from + 8 entries.
    /// </summary>
    public static int StepBlocks(CatMouseBatch batch, int from, int to, Span<int> scratch)
    {
        if (!IsSupported)
        {
            return from;
        }
        var zero = Vector256<int>.Zero;
        var one = Vector256.Create(1);
        var two = Vector256.Create(2);
        var three = Vector256.Create(3);
        var lastX = Vector256.Create(batch.Width - 1);
        var lastY = Vector256.Create(batch.Height - 1);
        var spanX = Vector256.Create((float)(batch.Width - 1));
        var spanY = Vector256.Create((float)(batch.Height - 1));
        var limit = Vector256.Create(batch.Limit);
        var caughtReward = Vector256.Create((int)CatMouseRules.CaughtReward);
        AutoresetMode mode = batch.Autoreset;

        ref int actions = ref MemoryMarshal.GetArrayDataReference(batch.Actions);
        ref int catXs = ref MemoryMarshal.GetArrayDataReference(batch.CatX);
        ref int catYs = ref MemoryMarshal.GetArrayDataReference(batch.CatY);
        ref int mouseXs = ref MemoryMarshal.GetArrayDataReference(batch.MouseX);
        ref int mouseYs = ref MemoryMarshal.GetArrayDataReference(batch.MouseY);
        ref int steps = ref MemoryMarshal.GetArrayDataReference(batch.Steps);
        ref int pending = ref MemoryMarshal.GetArrayDataReference(batch.Pending);
        ref double rewards = ref MemoryMarshal.GetArrayDataReference(batch.Rewards);
        ref byte terminated = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(batch.Terminated));
        ref byte truncated = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(batch.Truncated));
        ref float observations = ref Unsafe.As<CatMouseObservation, float>(ref MemoryMarshal.GetArrayDataReference(batch.Observations));
        ref int lanesOfMask = ref MemoryMarshal.GetArrayDataReference(LanesOfMask);
        if (scratch.Length < to - from + Lanes)
        {
            throw new ArgumentException($"The scratch list holds {scratch.Length} entries; {to - from + Lanes} are needed.", nameof(scratch));
        }
        ref int listed = ref MemoryMarshal.GetReference(scratch);
        int count = 0;

        int i = from;
        for (; i + Lanes <= to; i += Lanes)
        {
            var action = Vector256.LoadUnsafe(ref actions, (nuint)i);
            var catX = Vector256.LoadUnsafe(ref catXs, (nuint)i);
            var catY = Vector256.LoadUnsafe(ref catYs, (nuint)i);
            var mouseX = Vector256.LoadUnsafe(ref mouseXs, (nuint)i);
            var mouseY = Vector256.LoadUnsafe(ref mouseYs, (nuint)i);
            var wasPending = Vector256.LoadUnsafe(ref pending, (nuint)i);

            // Equals gives -1 where true: right (1) adds one to x, left (3) takes one; up (0) adds one to y, down (2) takes one.
            var dx = Vector256.Equals(action, three) - Vector256.Equals(action, one);
            var dy = Vector256.Equals(action, two) - Vector256.Equals(action, zero);
            var newX = Vector256.Min(Vector256.Max(mouseX + dx, zero), lastX);
            var newY = Vector256.Min(Vector256.Max(mouseY + dy, zero), lastY);
            var before = Vector256.Abs(mouseX - catX) + Vector256.Abs(mouseY - catY);
            var after = Vector256.Abs(newX - catX) + Vector256.Abs(newY - catY);
            var caught = Vector256.Equals(newX, catX) & Vector256.Equals(newY, catY);
            var reward = Vector256.ConditionalSelect(caught, caughtReward, after - before);
            var step = Vector256.LoadUnsafe(ref steps, (nuint)i) + one;
            var timeUp = Vector256.GreaterThanOrEqual(step, limit);
            var done = caught | timeUp;

            newX.StoreUnsafe(ref mouseXs, (nuint)i);
            newY.StoreUnsafe(ref mouseYs, (nuint)i);
            step.StoreUnsafe(ref steps, (nuint)i);
            Avx.ConvertToVector256Double(reward.GetLower()).StoreUnsafe(ref rewards, (nuint)i);
            Avx.ConvertToVector256Double(reward.GetUpper()).StoreUnsafe(ref rewards, (nuint)(i + 4));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref terminated, i), BoolBytes[caught.ExtractMostSignificantBits()]);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref truncated, i), BoolBytes[timeUp.ExtractMostSignificantBits()]);
            StoreObservations(
                ref Unsafe.Add(ref observations, i * CatMouseObservation.Length),
                Vector256.ConvertToSingle(catX) / spanX,
                Vector256.ConvertToSingle(catY) / spanY,
                Vector256.ConvertToSingle(newX) / spanX,
                Vector256.ConvertToSingle(newY) / spanY);

            // NextStep lists the games that ended last step (they reset now); SameStep those that end now.
            uint flagged = mode switch
            {
                AutoresetMode.NextStep => wasPending.ExtractMostSignificantBits(),
                AutoresetMode.SameStep => (done | wasPending).ExtractMostSignificantBits(),
                _ => 0u,
            };
            (Vector256.LoadUnsafe(ref lanesOfMask, flagged * Lanes) + Vector256.Create(i)).StoreUnsafe(ref listed, (nuint)count);
            count += BitOperations.PopCount(flagged);
            (mode == AutoresetMode.SameStep ? Vector256<int>.Zero : done).StoreUnsafe(ref pending, (nuint)i);
        }
        FinishListed(batch, scratch[..count]);
        return i;
    }

    /// <summary>
    /// Writes eight observations from four coordinate vectors: a 4 x 8 to 8 x 4 transpose (unpack, shuffle, then
    /// swap 128-bit halves), so each game's four floats land together.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreObservations(ref float destination, Vector256<float> catX, Vector256<float> catY, Vector256<float> mouseX, Vector256<float> mouseY)
    {
        var catLow = Avx.UnpackLow(catX, catY);       // cx0 cy0 cx1 cy1 | cx4 cy4 cx5 cy5
        var catHigh = Avx.UnpackHigh(catX, catY);     // cx2 cy2 cx3 cy3 | cx6 cy6 cx7 cy7
        var mouseLow = Avx.UnpackLow(mouseX, mouseY);
        var mouseHigh = Avx.UnpackHigh(mouseX, mouseY);
        var games04 = Avx.Shuffle(catLow, mouseLow, 0x44);   // game 0 | game 4
        var games15 = Avx.Shuffle(catLow, mouseLow, 0xEE);   // game 1 | game 5
        var games26 = Avx.Shuffle(catHigh, mouseHigh, 0x44); // game 2 | game 6
        var games37 = Avx.Shuffle(catHigh, mouseHigh, 0xEE); // game 3 | game 7
        Avx.Permute2x128(games04, games15, 0x20).StoreUnsafe(ref destination, 0);
        Avx.Permute2x128(games26, games37, 0x20).StoreUnsafe(ref destination, 8);
        Avx.Permute2x128(games04, games15, 0x31).StoreUnsafe(ref destination, 16);
        Avx.Permute2x128(games26, games37, 0x31).StoreUnsafe(ref destination, 24);
    }

    private static void FinishListed(CatMouseBatch batch, ReadOnlySpan<int> games)
    {
        if (batch.Autoreset == AutoresetMode.NextStep)
        {
            foreach (int game in games)
            {
                batch.AutoresetNow(game);
            }
            return;
        }
        foreach (int game in games)
        {
            // SameStep: the game just ended (time is up or it was caught), or last step's final info is to be cleared.
            batch.FinishSameStep(game, batch.Terminated[game] || batch.Truncated[game]);
        }
    }

    private static int[] MakeLanesOfMask()
    {
        var table = new int[256 * Lanes];
        for (int mask = 0; mask < 256; mask++)
        {
            int next = 0;
            for (int bit = 0; bit < Lanes; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    table[mask * Lanes + next++] = bit;
                }
            }
        }
        return table;
    }

    private static ulong[] MakeBoolBytes()
    {
        var table = new ulong[256];
        for (int mask = 0; mask < 256; mask++)
        {
            ulong bytes = 0;
            for (int bit = 0; bit < Lanes; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    bytes |= 1UL << (bit * 8);
                }
            }
            table[mask] = bytes;
        }
        return table;
    }
}
