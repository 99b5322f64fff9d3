using System.Runtime.InteropServices;

namespace RlGym.Torch;

/// <summary>
/// Keeps the memory of freed tensors in the process for the next ones. libtorch's CPU tensors come from the C
/// library's <c>malloc</c>; glibc gives memory at the top of its heap back to the system once more than its trim
/// threshold is free there (by default twice the mmap threshold, which it raises to the largest block freed so far, so
/// a few MB), and maps larger blocks afresh. A training loop that frees and reallocates the same megabytes every
/// minibatch (PPO's update on 8,192 samples makes tensors of 2 MB) then pays a page fault and a zeroed page for every
/// 4 KB of every tensor, every time: a fifth of the update's CPU time in our profile (issue 11, bar 6). Raising both
/// thresholds (trim 512 MB, mmap 32 MB, glibc's largest) lets freed blocks be reused instead; the resident size
/// then stays at the loop's high-water mark, which is flat over a long run. Results are unchanged: only where memory
/// comes from differs.
/// </summary>
internal static partial class TensorMemory
{
    // glibc's <malloc.h>.
    private const int TrimThreshold = -1;
    private const int MmapThreshold = -3;

    /// <summary>Raises glibc's trim and mmap thresholds; does nothing off Linux or under a C library without <c>mallopt</c>.</summary>
    public static void KeepFreedMemory()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            // mallopt returns 0 when it refuses a value; either threshold alone still helps, so the results are not checked.
            _ = MallOpt(TrimThreshold, 512 << 20);
            _ = MallOpt(MmapThreshold, 32 << 20);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // musl and other C libraries: keep their own policy.
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int MallOpt(int parameter, int value);
}
