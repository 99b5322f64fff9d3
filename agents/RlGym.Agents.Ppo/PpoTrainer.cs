using RlGym.Agents.Ppo.Checkpoints;
using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Core.Vector;

namespace RlGym.Agents.Ppo;

/// <summary>
/// Starts or resumes PPO on any registered single-agent environment: makes the vector (the environment's native batched
/// one when it registers one, thread-parallel copies otherwise; same-step autoreset), builds the network from its spaces
/// and hands back the run.
/// </summary>
public static class PpoTrainer
{
    /// <summary>Starts a run on <paramref name="environmentId"/>.</summary>
    /// <exception cref="UnknownEnvironmentException">When the id is not registered.</exception>
    /// <exception cref="ArgumentException">When an option is bad, the environment is multi-agent, or its spaces are not ones PPO handles (the message names the space and what is supported).</exception>
    public static IPpoLearner Create(EnvRegistry registry, string environmentId, EnvOptions? environmentOptions, PpoOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var envOptions = environmentOptions ?? EnvOptions.Empty;
        var run = new PpoRunInfo(environmentId, [.. envOptions.Select(Item)], Wrappers(options));
        return registry.Make(environmentId, new Builder(registry, run, envOptions, options, null), envOptions);
    }

    /// <summary>Continues the run saved in <paramref name="checkpointPath"/>, optionally with a new planned total of steps.</summary>
    /// <exception cref="FileNotFoundException">When the checkpoint does not exist.</exception>
    /// <exception cref="InvalidDataException">When it is not a ppo-policy checkpoint or is damaged.</exception>
    /// <exception cref="ArgumentException">When it holds no training state, or its environment is not registered with the same spaces.</exception>
    public static IPpoLearner Resume(EnvRegistry registry, string checkpointPath, long? totalSteps = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        using var checkpoint = PpoCheckpoint.Read(checkpointPath);
        var training = checkpoint.Training
            ?? throw new UserInputException($"Checkpoint '{checkpointPath}' holds a policy without its training state (a best.ckpt?); resume from policy.ckpt.");
        var options = totalSteps is long total ? training.Options with { TotalSteps = total } : training.Options;
        var envOptions = EnvOptions.Parse(checkpoint.Run.Options);
        return registry.Make(checkpoint.Run.EnvironmentId, new Builder(registry, checkpoint.Run, envOptions, options.Validate(), checkpoint), envOptions);
    }

    /// <summary>The environment a ppo-policy checkpoint was trained in.</summary>
    /// <exception cref="FileNotFoundException">When the checkpoint does not exist.</exception>
    /// <exception cref="InvalidDataException">When it is not a ppo-policy checkpoint or is damaged.</exception>
    public static PpoRunInfo ReadRunInfo(string checkpointPath)
    {
        using var checkpoint = PpoCheckpoint.Read(checkpointPath);
        return checkpoint.Run;
    }

    private static string Item(KeyValuePair<string, object> option) =>
        $"{option.Key}={Convert.ToString(option.Value, System.Globalization.CultureInfo.InvariantCulture)}";

    private static string[] Wrappers(PpoOptions options) =>
        [.. (options.NormalizeObservations ? [PpoRunInfo.NormalizeObservation] : Array.Empty<string>()),
         .. (options.NormalizeRewards ? [PpoRunInfo.NormalizeReward] : Array.Empty<string>())];

    private sealed class Builder(EnvRegistry registry, PpoRunInfo run, EnvOptions envOptions, PpoOptions options, PpoCheckpoint? resume) : IEnvironmentVisitor<IPpoLearner>
    {
        public IPpoLearner Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            string id = run.EnvironmentId;
            var envs = MakeVector<TObs, TAction>(id, options.Envs);
            try
            {
                return new Ppo<TObs, TAction>(run, options, envs, count => MakeVector<TObs, TAction>(id, count), resume);
            }
            catch
            {
                envs.Dispose();
                throw;
            }
        }

        public IPpoLearner VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            throw new UserInputException($"Environment '{run.EnvironmentId}' is multi-agent; PPO trains single-agent environments (training one role against an opponent is not built yet).");
        }

        // The native batched vector when the environment registers one; thread-parallel copies otherwise.
        private IVectorEnvironment<TObs, TAction> MakeVector<TObs, TAction>(string id, int count)
        {
            try
            {
                return registry.MakeVector<TObs, TAction>(id, count, envOptions, VectorMode.Native, AutoresetMode.SameStep);
            }
            catch (ArgumentException e) when (e.ParamName == "mode")
            {
                return registry.MakeVector<TObs, TAction>(id, count, envOptions, VectorMode.Threaded, AutoresetMode.SameStep);
            }
        }
    }
}
