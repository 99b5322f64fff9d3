using System.Diagnostics;

namespace RlGym.Bench;

/// <summary>What a timed run of steps cost: CPU seconds of the process, wall seconds, and bytes this thread allocated.</summary>
internal readonly record struct StepTiming(int Steps, double CpuSeconds, double WallSeconds, long AllocatedBytes)
{
    /// <summary>
    /// Runs <paramref name="warmup"/> untimed steps (JIT, caches), then times <paramref name="steps"/> more;
    /// <paramref name="timed"/>, when given, is called between the two.
    /// </summary>
    public static StepTiming Measure(int warmup, int steps, Action<int> step, Action? timed = null)
    {
        for (int i = 0; i < warmup; i++)
        {
            step(i);
        }
        timed?.Invoke();
        var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < steps; i++)
        {
            step(i);
        }
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        process.Refresh();
        return new StepTiming(steps, (process.TotalProcessorTime - cpuBefore).TotalSeconds, clock.Elapsed.TotalSeconds, allocated);
    }

    /// <summary>Steps per second of CPU time.</summary>
    public double PerCpuSecond => Steps / CpuSeconds;

    /// <summary>Steps per second of wall time.</summary>
    public double PerWallSecond => Steps / WallSeconds;

    /// <summary>Bytes allocated per step.</summary>
    public double BytesPerStep => AllocatedBytes / (double)Steps;
}
