using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace RlGym.Bench;

/// <summary>
/// One run, in this process, timed once: for the NetHack soak and evaluation, which are experiments with their own
/// figures rather than timings to repeat.
/// </summary>
public sealed class NetHackSingleRunConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public NetHackSingleRunConfig() => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(0)
        .WithIterationCount(1)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithToolchain(InProcessEmitToolchain.Instance));
}
