using RlGym.Agents.Ppo;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.Ppo.Tests;

/// <summary>Registries with CatMouse and the ppo agent, and a small, fast PPO configuration for it.</summary>
internal static class CatMouseFixture
{
    public static (EnvRegistry Environments, AgentRegistry Agents) Registries()
    {
        // One TorchSharp thread: results are reproducible per thread count, and tests run side by side.
        RlGym.Torch.TorchRuntime.SetThreads(1);
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        CatMouseEnvironments.Register(environments, agents);
        PpoAgents.Register(agents);
        return (environments, agents);
    }

    /// <summary>16 envs x 32 steps, 4 epochs of 4 minibatches, a learning rate that learns CatMouse in a few thousand steps.</summary>
    public static PpoOptions Fast(ulong seed, long totalSteps = 30_000) => new()
    {
        Envs = 16,
        RolloutLength = 32,
        LearningRate = 2.5e-3,
        TotalSteps = totalSteps,
        Seed = seed,
    };

    public static string TempFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), $"rlgym-ppo-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
