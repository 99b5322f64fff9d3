using System.Diagnostics;
using System.Globalization;
using RlGym.Agents.Ppo;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Torch;

namespace RlGym.Bench;

/// <summary>
/// <c>-- ppo-throughput [threads] [envs] [iterations]</c>: PPO training throughput on CatMouse-v0 with CleanRL's
/// network (64x64 tanh actor and critic) and update (4 epochs of 4 minibatches), 128 steps per environment per rollout.
/// After one warm-up iteration it reports environment steps per second of wall time and per CPU second, the rollout's
/// and the update's shares, and managed bytes allocated per environment step, with the load average.
/// </summary>
public static class PpoThroughputReport
{
    public static int Run(string[] args)
    {
        if (args[0] != "ppo-throughput")
        {
            return -1;
        }
        int threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        int envs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 256;
        int iterations = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
        TorchRuntime.SetThreads(threads);
        var environments = new EnvRegistry();
        CatMouseEnvironments.Register(environments, new AgentRegistry());
        var options = new PpoOptions { Envs = envs, RolloutLength = 128, TotalSteps = 100_000_000 };
        using var learner = PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, options);
        learner.Iterate();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long stepsBefore = learner.Steps;
        double rollout = 0, update = 0;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < iterations; i++)
        {
            var report = learner.Iterate();
            rollout += report.RolloutSeconds;
            update += report.UpdateSeconds;
        }
        double seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        long steps = learner.Steps - stepsBefore;
        double allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)steps;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ppo-throughput CatMouse-v0: threads {threads}, {envs} envs x 128 steps, 4 epochs x 4 minibatches, 64x64 MLPs; {steps:N0} steps in {seconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {steps / seconds:N0} steps/s wall, {steps / cpu:N0} steps per CPU second; rollout {rollout / seconds:P0}, update {update / seconds:P0}; {allocated:0.0} managed bytes allocated per step; load {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }
}
