using BenchmarkDotNet.Running;

// Reports BenchmarkDotNet does not give (see DoomReports) come first; everything else is BenchmarkDotNet's switcher.
if (args.Length > 0 && RlGym.Bench.DoomReports.Run(args) is int code && code >= 0)
{
    return code;
}
if (args.Length > 0 && RlGym.Bench.DoomStudentReport.Run(args) is int studentCode && studentCode >= 0)
{
    return studentCode;
}
if (args.Length > 0 && RlGym.Bench.PpoThroughputReport.Run(args) is int ppoCode && ppoCode >= 0)
{
    return ppoCode;
}
if (args.Length > 0 && RlGym.Bench.PolicyReport.Run(args) is int policyCode && policyCode >= 0)
{
    return policyCode;
}
if (args.Length > 0 && RlGym.Bench.NetHackLockstepReport.Run(args) is int stepsCode && stepsCode >= 0)
{
    return stepsCode;
}
if (args.Length > 0 && RlGym.Bench.NetHackAsyncReport.Run(args) is int asyncCode && asyncCode >= 0)
{
    return asyncCode;
}
if (args.Length > 0 && RlGym.Bench.NetHackAllocationReport.Run(args) is int allocCode && allocCode >= 0)
{
    return allocCode;
}
BenchmarkSwitcher.FromAssembly(typeof(RlGym.Bench.CatMouseStepBenchmarks).Assembly).Run(args);
return 0;
