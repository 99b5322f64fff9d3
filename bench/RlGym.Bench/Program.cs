using BenchmarkDotNet.Running;

if (args.Length > 0 && RlGym.Bench.DoomReports.Run(args) is int code && code >= 0)
{
    return code;
}
BenchmarkSwitcher.FromAssembly(typeof(RlGym.Bench.DoomRendererBenchmarks).Assembly).Run(args);
return 0;
