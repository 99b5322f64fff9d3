using RlGym.Agents.Ppo.Checkpoints;
using RlGym.Agents.Ppo.MultiAgent;
using RlGym.Agents.Ppo.SelfPlay;
using RlGym.Core.Agents;
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
    /// <param name="registry">Where the environment is registered.</param>
    /// <param name="environmentId">The environment.</param>
    /// <param name="environmentOptions">Its options.</param>
    /// <param name="options">The hyperparameters.</param>
    /// <param name="opponent">For a two-agent parallel environment: the role that learns and its fixed opponent.</param>
    /// <param name="init">Where the policy starts: behaviour cloning of a demonstrator agent (null: CleanRL's random initialisation).</param>
    /// <param name="cancellationToken">Stops behaviour cloning.</param>
    public static IPpoLearner Create(EnvRegistry registry, string environmentId, EnvOptions? environmentOptions, PpoOptions options, PpoOpponent? opponent = null, PpoInit? init = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        init?.Validate();
        var envOptions = environmentOptions ?? EnvOptions.Empty;
        var run = new PpoRunInfo(environmentId, [.. envOptions.Select(Item)], Wrappers(options)) { Role = opponent?.Role, Opponent = opponent?.OpponentSpec };
        return registry.Make(environmentId, new Builder(registry, run, envOptions, options, null, opponent?.Agents) { Init = init, Cancellation = cancellationToken }, envOptions);
    }

    /// <summary>
    /// Starts a run on the single-agent environment <paramref name="environmentId"/> whose rollouts come from the vector
    /// <paramref name="rollouts"/> makes (such as a cluster's rollout workers) instead of local copies; the algorithm is
    /// the same, and so is the learning curve when the vector's copy i plays as the registry's copy i would. Held-out
    /// evaluation and behaviour cloning's demonstrations play on local copies.
    /// </summary>
    /// <exception cref="UnknownEnvironmentException">When the id is not registered.</exception>
    /// <exception cref="ArgumentException">When an option is bad, the environment is multi-agent, or its spaces are not ones PPO handles.</exception>
    /// <param name="rollouts">Makes the vector the rollouts are collected from.</param>
    /// <param name="registry">Where the environment is registered.</param>
    /// <param name="environmentId">The environment.</param>
    /// <param name="environmentOptions">Its options.</param>
    /// <param name="options">The hyperparameters.</param>
    /// <param name="init">Where the policy starts: behaviour cloning of a demonstrator agent (null: CleanRL's random initialisation).</param>
    /// <param name="cancellationToken">Stops behaviour cloning.</param>
    public static IPpoLearner CreateWithRollouts(IRolloutVectorFactory rollouts, EnvRegistry registry, string environmentId, EnvOptions? environmentOptions, PpoOptions options, PpoInit? init = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rollouts);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        init?.Validate();
        var envOptions = environmentOptions ?? EnvOptions.Empty;
        var run = new PpoRunInfo(environmentId, [.. envOptions.Select(Item)], Wrappers(options));
        return registry.Make(environmentId, new Builder(registry, run, envOptions, options, null, null) { Init = init, Cancellation = cancellationToken, Rollouts = rollouts }, envOptions);
    }

    /// <summary>
    /// Continues the single-agent run saved in <paramref name="checkpointPath"/> with its rollouts from the vector
    /// <paramref name="rollouts"/> makes (see <see cref="CreateWithRollouts"/>).
    /// </summary>
    /// <exception cref="FileNotFoundException">When the checkpoint does not exist.</exception>
    /// <exception cref="InvalidDataException">When it is not a ppo-policy checkpoint or is damaged.</exception>
    /// <exception cref="ArgumentException">When it holds no training state, is a multi-agent or self-play run, or its environment is not registered with the same spaces.</exception>
    /// <param name="rollouts">Makes the vector the rollouts are collected from.</param>
    /// <param name="registry">Where the environment is registered.</param>
    /// <param name="checkpointPath">The run's policy.ckpt.</param>
    /// <param name="totalSteps">A new planned total of environment steps, if any.</param>
    public static IPpoLearner ResumeWithRollouts(IRolloutVectorFactory rollouts, EnvRegistry registry, string checkpointPath, long? totalSteps = null)
    {
        ArgumentNullException.ThrowIfNull(rollouts);
        ArgumentNullException.ThrowIfNull(registry);
        if (IsSelfPlayRun(checkpointPath))
        {
            throw new UserInputException($"'{checkpointPath}' is a self-play run; rollouts elsewhere (--cluster) train single-agent environments only.");
        }
        using var checkpoint = PpoCheckpoint.Read(checkpointPath);
        var training = checkpoint.Training
            ?? throw new UserInputException($"Checkpoint '{checkpointPath}' holds a policy without its training state (a best.ckpt?); resume from policy.ckpt.");
        var options = totalSteps is long total ? training.Options with { TotalSteps = total } : training.Options;
        var envOptions = EnvOptions.Parse(checkpoint.Run.Options);
        return registry.Make(checkpoint.Run.EnvironmentId, new Builder(registry, checkpoint.Run, envOptions, options.Validate(), checkpoint, null) { Rollouts = rollouts }, envOptions);
    }

    /// <summary>The share of the demonstrator's actions the actor matched after behaviour cloning (NaN without <c>--init</c>).</summary>
    public static double InitialAgreement(IPpoLearner learner) => learner is IImitationStart start ? start.Agreement : double.NaN;

    /// <summary>
    /// Starts a self-play run on the two-agent parallel environment <paramref name="environmentId"/>: one learner per
    /// role (role k seeded with <see cref="RoleSeed"/>), each against a pool of the other's snapshots
    /// (<see cref="PpoSelfPlay"/>). <see cref="PpoOptions.TotalSteps"/> counts both roles' steps; each learner anneals
    /// over its half.
    /// </summary>
    /// <exception cref="UnknownEnvironmentException">When the id is not registered.</exception>
    /// <exception cref="ArgumentException">When an option is bad or the environment is not a two-agent parallel one.</exception>
    /// <param name="registry">Where the environment is registered.</param>
    /// <param name="environmentId">The environment.</param>
    /// <param name="environmentOptions">Its options.</param>
    /// <param name="options">The hyperparameters, shared by both roles.</param>
    /// <param name="selfPlay">The snapshot folder and the pool's settings.</param>
    public static IPpoLearner CreateSelfPlay(EnvRegistry registry, string environmentId, EnvOptions? environmentOptions, PpoOptions options, PpoSelfPlay selfPlay)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(selfPlay);
        options.Validate();
        selfPlay.Validate();
        var envOptions = environmentOptions ?? EnvOptions.Empty;
        var run = new PpoRunInfo(environmentId, [.. envOptions.Select(Item)], Wrappers(options)) { Opponent = SelfPlayLearner.OpponentName };
        return registry.Make(environmentId, new Builder(registry, run, envOptions, options, null, null, selfPlay), envOptions);
    }

    // A self-play run continues from its manifest: each role's run from its checkpoint (weights, optimiser, generator,
    // steps), the pools from the snapshot files, the opponents' generators reseeded from the iterations done.
    private static IPpoLearner ResumeSelfPlay(EnvRegistry registry, string manifestPath, long? totalSteps)
    {
        var manifest = SelfPlayManifest.Read(manifestPath);
        var checkpoints = new List<PpoCheckpoint>();
        try
        {
            foreach (string path in manifest.RoleCheckpoints)
            {
                var checkpoint = PpoCheckpoint.Read(path);
                checkpoints.Add(checkpoint);
                if (checkpoint.Training is null)
                {
                    throw new UserInputException($"Checkpoint '{path}' holds a policy without its training state; the self-play run in '{manifestPath}' cannot continue.");
                }
            }
            var first = checkpoints[0];
            var roleOptions = checkpoints.Select(c => totalSteps is long total ? c.Training!.Options with { TotalSteps = Math.Max(1, total / 2) } : c.Training!.Options).ToArray();
            var options = roleOptions[0] with { TotalSteps = totalSteps ?? roleOptions.Sum(o => o.TotalSteps) };
            var run = first.Run with { Role = null, Opponent = SelfPlayLearner.OpponentName };
            var envOptions = EnvOptions.Parse(first.Run.Options);
            var builder = new Builder(registry, run, envOptions, options.Validate(), null, null, manifest.Settings)
            {
                SelfPlayResume = (manifest, [.. checkpoints], roleOptions),
            };
            return registry.Make(manifest.EnvironmentId, builder, envOptions);
        }
        finally
        {
            foreach (var checkpoint in checkpoints)
            {
                checkpoint.Dispose();
            }
        }
    }

    /// <summary>The roles a self-play learner trains, in order (empty for any other learner).</summary>
    public static IReadOnlyList<string> SelfPlayRoles(IPpoLearner learner) => learner is SelfPlayLearner selfPlay ? selfPlay.Roles : [];

    /// <summary>True when <paramref name="checkpointPath"/> is a self-play run's manifest (its policy.ckpt) rather than a ppo-policy.</summary>
    public static bool IsSelfPlayRun(string checkpointPath) =>
        File.Exists(checkpointPath) && RlGym.Core.Checkpoints.CheckpointFile.Kind(checkpointPath) == SelfPlayLearner.Kind;

    /// <summary>The seed of role <paramref name="index"/>'s learner in self-play: the run's seed for the first role, a derived one for the second.</summary>
    public static ulong RoleSeed(ulong seed, int index) => index == 0 ? seed : RlGym.Core.Random.Rng.DeriveSeed(seed, (ulong)index);

    /// <summary>Continues the run saved in <paramref name="checkpointPath"/>, optionally with a new planned total of steps.</summary>
    /// <exception cref="FileNotFoundException">When the checkpoint does not exist.</exception>
    /// <exception cref="InvalidDataException">When it is not a ppo-policy checkpoint or is damaged.</exception>
    /// <exception cref="ArgumentException">When it holds no training state, or its environment is not registered with the same spaces.</exception>
    /// <param name="registry">Where the environment is registered.</param>
    /// <param name="checkpointPath">The run's policy.ckpt.</param>
    /// <param name="totalSteps">A new planned total of environment steps, if any.</param>
    /// <param name="agents">Where the recorded opponent spec is resolved (multi-agent runs only).</param>
    public static IPpoLearner Resume(EnvRegistry registry, string checkpointPath, long? totalSteps = null, AgentRegistry? agents = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (IsSelfPlayRun(checkpointPath))
        {
            return ResumeSelfPlay(registry, checkpointPath, totalSteps);
        }
        using var checkpoint = PpoCheckpoint.Read(checkpointPath);
        var training = checkpoint.Training
            ?? throw new UserInputException($"Checkpoint '{checkpointPath}' holds a policy without its training state (a best.ckpt?); resume from policy.ckpt.");
        var options = totalSteps is long total ? training.Options with { TotalSteps = total } : training.Options;
        var envOptions = EnvOptions.Parse(checkpoint.Run.Options);
        return registry.Make(checkpoint.Run.EnvironmentId, new Builder(registry, checkpoint.Run, envOptions, options.Validate(), checkpoint, agents), envOptions);
    }

    /// <summary>The environment a ppo-policy checkpoint was trained in.</summary>
    /// <exception cref="FileNotFoundException">When the checkpoint does not exist.</exception>
    /// <exception cref="InvalidDataException">When it is not a ppo-policy checkpoint or is damaged.</exception>
    public static PpoRunInfo ReadRunInfo(string checkpointPath)
    {
        if (IsSelfPlayRun(checkpointPath))
        {
            var manifest = SelfPlayManifest.Read(checkpointPath);
            return ReadRunInfo(manifest.RoleCheckpoints[0]) with { Role = null, Opponent = SelfPlayLearner.OpponentName };
        }
        using var checkpoint = PpoCheckpoint.Read(checkpointPath);
        return checkpoint.Run;
    }

    private static string Item(KeyValuePair<string, object> option) =>
        $"{option.Key}={Convert.ToString(option.Value, System.Globalization.CultureInfo.InvariantCulture)}";

    private static string[] Wrappers(PpoOptions options) =>
        [.. (options.NormalizeObservations ? [PpoRunInfo.NormalizeObservation] : Array.Empty<string>()),
         .. (options.NormalizeRewards ? [PpoRunInfo.NormalizeReward] : Array.Empty<string>())];

    private sealed class Builder(EnvRegistry registry, PpoRunInfo run, EnvOptions envOptions, PpoOptions options, PpoCheckpoint? resume, AgentRegistry? agents, PpoSelfPlay? selfPlay = null) : IEnvironmentVisitor<IPpoLearner>
    {
        public PpoInit? Init { get; init; }

        public CancellationToken Cancellation { get; init; }

        // Where the training rollouts come from (null: the registry's vector on this machine).
        public IRolloutVectorFactory? Rollouts { get; init; }

        public (SelfPlayManifest Manifest, PpoCheckpoint[] Checkpoints, PpoOptions[] Options)? SelfPlayResume { get; init; }

        public IPpoLearner Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            if (selfPlay is not null)
            {
                throw new UserInputException($"Option '--self-play' trains both roles of a two-agent environment; {run.EnvironmentId} is single-agent.");
            }
            string id = run.EnvironmentId;
            var envs = Rollouts is { } rollouts
                ? rollouts.Make<TObs, TAction>(registry, id, options.Envs, envOptions, AutoresetMode.SameStep)
                : MakeVector<TObs, TAction>(id, options.Envs);
            Ppo<TObs, TAction>? learner = null;
            try
            {
                learner = new Ppo<TObs, TAction>(run, options, envs, count => MakeVector<TObs, TAction>(id, count), resume);
            }
            catch
            {
                envs.Dispose();
                throw;
            }
            if (Init is { } init)
            {
                ImitateSingle(learner, init);
            }
            return learner;
        }

        public IPpoLearner VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            var roles = environment.PossibleAgents.ToArray();
            environment.Dispose();
            if (Rollouts is not null)
            {
                throw new UserInputException($"Environment '{run.EnvironmentId}' is multi-agent (agents {string.Join(", ", roles)}); rollouts elsewhere (--cluster) train single-agent environments only.");
            }
            if (selfPlay is not null)
            {
                return SelfPlay<TObs, TAction>(roles, selfPlay);
            }
            if (run.Role is not { } role || run.Opponent is not { } spec || agents is null)
            {
                throw new UserInputException($"Environment '{run.EnvironmentId}' is multi-agent (agents {string.Join(", ", roles)}); name the role that learns and its opponent, such as --role {roles.FirstOrDefault()} --opponent teacher.");
            }
            if (roles.Length != 2 || !roles.Contains(role, StringComparer.Ordinal))
            {
                throw new UserInputException($"Option '--role' is '{role}'; {run.EnvironmentId} has the agents {string.Join(", ", roles)} (PPO trains one role of a two-agent environment).");
            }
            string other = roles.First(r => r != role);
            var envs = MakeRoleVector<TObs, TAction>(role, other, spec, options.Envs);
            Ppo<TObs, TAction> learner;
            try
            {
                learner = new Ppo<TObs, TAction>(run, options, envs, count => MakeRoleVector<TObs, TAction>(role, other, spec, count), resume);
            }
            catch
            {
                envs.Dispose();
                throw;
            }
            if (Init is { } init)
            {
                try
                {
                    using var demo = MakeRoleVector<TObs, TAction>(role, other, spec, options.Envs);
                    var demonstrators = new IAgent<TObs, TAction>[demo.Count];
                    try
                    {
                        for (int i = 0; i < demo.Count; i++)
                        {
                            var env = demo.Environment(i);
                            demonstrators[i] = init.Agents.Create(init.Spec, new AgentContext<TObs, TAction>(env, env.ObservationSpace(role), env.ActionSpace(role), role, null));
                        }
                        learner.Agreement = learner.Imitate(demo, demonstrators, init.Steps, init.Epochs, Cancellation);
                    }
                    finally
                    {
                        Dispose(demonstrators);
                    }
                }
                catch
                {
                    learner.Dispose();
                    throw;
                }
            }
            return learner;
        }

        // Behaviour cloning in a single-agent environment: the demonstrators play copies of their own, one each.
        private void ImitateSingle<TObs, TAction>(Ppo<TObs, TAction> learner, PpoInit init)
        {
            var envs = new IEnvironment<TObs, TAction>[options.Envs];
            var demonstrators = new IAgent<TObs, TAction>[options.Envs];
            try
            {
                for (int i = 0; i < envs.Length; i++)
                {
                    envs[i] = registry.Make<TObs, TAction>(run.EnvironmentId, envOptions);
                    demonstrators[i] = init.Agents.Create(init.Spec, new AgentContext<TObs, TAction>(envs[i], envs[i].ObservationSpace, envs[i].ActionSpace, null, null));
                }
                using var vector = new RlGym.Agents.Ppo.Imitation.DemonstrationVector<TObs, TAction>(envs);
                envs = [];
                learner.Agreement = learner.Imitate(vector, demonstrators, init.Steps, init.Epochs, Cancellation);
            }
            catch
            {
                learner.Dispose();
                throw;
            }
            finally
            {
                Dispose(demonstrators);
                foreach (var env in envs)
                {
                    env?.Dispose();
                }
            }
        }

        private static void Dispose<TObs, TAction>(IAgent<TObs, TAction>?[] agents)
        {
            foreach (var agent in agents)
            {
                (agent as IDisposable)?.Dispose();
            }
        }

        private SelfPlayLearner SelfPlay<TObs, TAction>(string[] roles, PpoSelfPlay settings)
        {
            if (roles.Length != 2)
            {
                throw new UserInputException($"Option '--self-play' needs a two-agent environment; {run.EnvironmentId} has the agents {string.Join(", ", roles)}.");
            }
            var pools = new SnapshotPool[2];
            var learners = new IPpoLearner[2];
            try
            {
                for (int k = 0; k < 2; k++)
                {
                    pools[k] = new SnapshotPool(roles[k], settings.PoolSize);
                    if (SelfPlayResume is { } resumed)
                    {
                        if (!resumed.Manifest.Roles.AsSpan().SequenceEqual(roles))
                        {
                            throw new UserInputException($"The self-play run holds the roles {string.Join(", ", resumed.Manifest.Roles)}; {run.EnvironmentId} has {string.Join(", ", roles)}.");
                        }
                        pools[k].Restore(resumed.Manifest.Snapshots[k]);
                    }
                }
                for (int k = 0; k < 2; k++)
                {
                    string role = roles[k], other = roles[1 - k];
                    var opponents = pools[1 - k];
                    var roleOptions = SelfPlayResume?.Options[k] ?? options with { Seed = RoleSeed(options.Seed, k), TotalSteps = Math.Max(1, options.TotalSteps / 2) };
                    int done = SelfPlayResume?.Manifest.Iterations ?? 0;
                    ulong opponentSeed = RlGym.Core.Random.Rng.DeriveSeed(roleOptions.Seed, 0x5E1F_9A7UL + (ulong)done);
                    var envs = MakePoolVector<TObs, TAction>(role, other, opponents, opponentSeed, settings, options.Envs, latestOnly: false);
                    try
                    {
                        learners[k] = new Ppo<TObs, TAction>(run with { Role = role }, roleOptions, envs,
                            count => MakePoolVector<TObs, TAction>(role, other, opponents, opponentSeed, settings, count, latestOnly: true), SelfPlayResume?.Checkpoints[k]);
                    }
                    catch
                    {
                        envs.Dispose();
                        throw;
                    }
                }
                return new SelfPlayLearner(run, options, roles, learners, pools, settings, SelfPlayResume?.Manifest.Iterations);
            }
            catch
            {
                foreach (var learner in learners)
                {
                    learner?.Dispose();
                }
                foreach (var pool in pools)
                {
                    pool?.Dispose();
                }
                throw;
            }
        }

        private OpponentVectorEnvironment<TObs, TAction> MakePoolVector<TObs, TAction>(string role, string other, SnapshotPool pool, ulong seed, PpoSelfPlay settings, int count, bool latestOnly)
        {
            var envs = new IParallelEnvironment<TObs, TAction>[count];
            var opponents = new IAgent<TObs, TAction>[count];
            try
            {
                for (int i = 0; i < count; i++)
                {
                    envs[i] = registry.MakeParallel<TObs, TAction>(run.EnvironmentId, envOptions);
                    opponents[i] = new PoolOpponent<TObs, TAction>(pool, envs[i].ObservationSpace(other), envs[i].ActionSpace(other),
                        RlGym.Core.Random.Rng.DeriveSeed(seed, (ulong)i), settings.LatestProbability, latestOnly);
                }
                return new OpponentVectorEnvironment<TObs, TAction>(envs, opponents, role, other);
            }
            catch
            {
                foreach (var env in envs)
                {
                    env?.Dispose();
                }
                throw;
            }
        }

        private OpponentVectorEnvironment<TObs, TAction> MakeRoleVector<TObs, TAction>(string role, string other, string spec, int count)
        {
            var envs = new IParallelEnvironment<TObs, TAction>[count];
            var opponents = new IAgent<TObs, TAction>[count];
            try
            {
                for (int i = 0; i < count; i++)
                {
                    envs[i] = registry.MakeParallel<TObs, TAction>(run.EnvironmentId, envOptions);
                    opponents[i] = agents!.Create(spec, new AgentContext<TObs, TAction>(envs[i], envs[i].ObservationSpace(other), envs[i].ActionSpace(other), other, null));
                }
                return new OpponentVectorEnvironment<TObs, TAction>(envs, opponents, role, other);
            }
            catch
            {
                foreach (var env in envs)
                {
                    env?.Dispose();
                }
                throw;
            }
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
