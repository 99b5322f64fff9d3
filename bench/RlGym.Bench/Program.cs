using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RlGym.Bench.CatMouseStepBenchmarks).Assembly).Run(args);
