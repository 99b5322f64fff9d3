using RlGym.Core;
using System.CommandLine;
using System.Diagnostics;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RlGym.Agents.Ppo;
using RlGym.Cli.Cluster;
using RlGym.Cli.Hosting;
using RlGym.Cli.Training;
using RlGym.Cluster.Hosting;
using RlGym.Cluster.Rollouts;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Torch;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym train ppo --env ID</c>: Proximal Policy Optimization from reward alone on any registered single-agent
/// environment whose spaces it reads, with a progress bar, metrics.csv, TensorBoard, learning-curve.png, policy.ckpt
/// written atomically at intervals and at the end, best.ckpt on the periodic held-out evaluation, <c>--resume</c>
/// (optimiser, generator, normalisation, step count), and Ctrl+C keeping what was learned (exit 130). With
/// <c>--cluster NAME</c> the environments are stepped by rollout workers on the cluster's silos (single-agent runs);
/// the policy learns here, and the learning curve is the local one for the same seed and <c>--envs</c>.
/// </summary>
internal static class PpoTrainCommand
{
    /// <summary>The subcommand's name: <c>rlgym train ppo</c>.</summary>
    public const string Name = "ppo";

    public static Command Create(CommandRunner runner)
    {
        var defaults = new PpoOptions();
        var env = new Option<string?>("--env") { Description = "The environment id, such as CatMouse-v0 (see rlgym list); with --resume, taken from the checkpoint", HelpName = "ID" };
        var role = new Option<string?>("--role") { Description = "In a two-agent environment: the role that learns (such as mouse)", HelpName = "R" };
        var opponent = new Option<string?>("--opponent") { Description = "In a two-agent environment: any agent spec playing the other role, fixed (such as teacher or lstm:PATH)", HelpName = "SPEC" };
        var selfPlay = new Option<bool>("--self-play") { Description = "In a two-agent environment: train both roles, each against a pool of the other's past snapshots (written to DIR/snapshots)" };
        var poolSize = CommonOptions.Count("--pool-size", new PpoSelfPlay("snapshots").PoolSize, "Self-play: the newest snapshots of each role its opponent draws from (default 8)", "N");
        var snapshotEvery = CommonOptions.Count("--snapshot-every", new PpoSelfPlay("snapshots").SnapshotEvery, "Self-play: iterations (one rollout and update of each role) between snapshots (default 10)", "N");
        var init = new Option<string?>("--init") { Description = "Start from behaviour cloning of any agent that acts in the environment (and --role): an imitation brain (lstm:PATH, elman:PATH, the Doom student) or a teacher", HelpName = "SPEC" };
        var initSteps = Whole("--init-steps", "Environment steps the --init agent demonstrates (default 20000)");
        var initEpochs = CommonOptions.OptionalCount("--init-epochs", 1000, "Passes of behaviour cloning over the --init agent's demonstrations (default 50)", "N");
        var envs = CommonOptions.Count("--envs", defaults.Envs, "Environments stepped together (default 4, CleanRL's)", "N");
        var steps = Whole("--steps", "Environment steps in all, a resumed run's included; the learning rate anneals over them (default 500000)");
        var minutes = Number("--minutes", "Also stop after this many minutes of this command's wall time, --init's behaviour cloning included", "M");
        var seed = CommonOptions.Seed("The seed of weights, action draws, minibatches and environment resets (default 0)");
        var threads = CommonOptions.Count("--threads", 1, "TorchSharp CPU threads (the learning curve is reproducible for a given count)", "N");
        var options = CommonOptions.EnvOptions();
        var output = new Option<string?>("--out") { Description = "The run's folder: policy.ckpt, best.ckpt, metrics.csv, learning-curve.png, tensorboard/, rlgym.log (default runs/ppo-<env>-s<S>-<time>)", HelpName = "DIR" };
        var resume = new Option<bool>("--resume") { Description = "Continue the run in --out from its policy.ckpt" };
        var json = CommonOptions.Json();
        var learningRate = Number("--learning-rate", "Adam's learning rate (default 2.5e-4)", "LR");
        var noAnneal = new Option<bool>("--no-anneal") { Description = "Keep the learning rate constant instead of annealing it linearly to 0" };
        var rollout = CommonOptions.Count("--rollout-length", defaults.RolloutLength, "Steps per environment per rollout (default 128)", "N");
        var epochs = CommonOptions.Count("--update-epochs", defaults.UpdateEpochs, "Passes over each rollout (default 4)", "N");
        var minibatches = CommonOptions.Count("--minibatches", defaults.Minibatches, "Minibatches per pass (default 4)", "N");
        var gamma = Number("--gamma", "The discount factor (default 0.99)", "G");
        var lambda = Number("--gae-lambda", "GAE's lambda (default 0.95)", "L");
        var clip = Number("--clip-coef", "The surrogate clipping coefficient (default 0.2)", "C");
        var noValueClip = new Option<bool>("--no-value-clip") { Description = "Do not clip the value loss" };
        var entropy = Number("--ent-coef", "The entropy bonus coefficient (default 0.01)", "C");
        var value = Number("--vf-coef", "The value loss coefficient (default 0.5)", "C");
        var gradNorm = Number("--max-grad-norm", "The gradient norm limit (default 0.5)", "N");
        var targetKl = Number("--target-kl", "Stop an update's epochs once the approximate KL passes this (default: never)", "KL");
        var frameStack = new Option<int?>("--frame-stack") { Description = "Observations stacked per input, oldest first (default 4 for Doom/*, 1 otherwise)", HelpName = "K" };
        var hidden = CommonOptions.Count("--hidden", defaults.Hidden, "Units per hidden layer of the MLPs, and of the LSTM core with --lstm (default 64)", "N");
        var lstm = new Option<bool>("--lstm") { Description = "An LSTM core of --hidden units after the observation encoder (MLP, CNN or embeddings), for partially observed worlds (--minibatches must divide --envs): state carried through episodes, whole sequences per minibatch" };
        var normObs = new Option<bool>("--normalize-observations") { Description = "Normalise observations with running statistics (saved with the policy)" };
        var normReward = new Option<bool>("--normalize-rewards") { Description = "Scale rewards by the running spread of the discounted return" };
        var evalEvery = Whole("--eval-every", "Held-out evaluation every this many environment steps (default 50000)");
        var evalEpisodes = CommonOptions.Count("--eval-episodes", 100, "Held-out evaluation episodes (seeds 1000000000 onwards)", "N");
        var cluster = new ClusterOptions();
        var clusterWorkers = CommonOptions.Count("--cluster-workers", 1, "With --cluster: rollout workers on every silo; the --envs copies are split evenly over all of them (default 1)", "N");
        var command = new Command(Name, "Proximal Policy Optimization: a policy learns from reward alone on any registered environment")
        {
            env, role, opponent, selfPlay, poolSize, snapshotEvery, init, initSteps, initEpochs, envs, steps, minutes, seed, threads, options, output, resume, json, learningRate, noAnneal, rollout, epochs, minibatches,
            gamma, lambda, clip, noValueClip, entropy, value, gradNorm, targetKl, frameStack, hidden, lstm, normObs, normReward, evalEvery, evalEpisodes,
            clusterWorkers,
        };
        cluster.AddTo(command);
        Option[] fixedByRun =
        [
            envs, seed, learningRate, noAnneal, rollout, epochs, minibatches, gamma, lambda, clip, noValueClip, entropy, value, gradNorm, targetKl,
            frameStack, hidden, lstm, normObs, normReward, opponent, selfPlay, poolSize, snapshotEvery, init, initSteps, initEpochs,
        ];
        command.SetAction((parsed, cancellationToken) =>
        {
            string[] given = [.. fixedByRun.Where(o => parsed.GetResult(o) is { Implicit: false }).Select(o => o.Name)];
            var ppo = new PpoOptions
            {
                Envs = parsed.GetValue(envs),
                RolloutLength = parsed.GetValue(rollout),
                UpdateEpochs = parsed.GetValue(epochs),
                Minibatches = parsed.GetValue(minibatches),
                LearningRate = parsed.GetValue(learningRate) ?? defaults.LearningRate,
                AnnealLearningRate = !parsed.GetValue(noAnneal),
                Gamma = parsed.GetValue(gamma) ?? defaults.Gamma,
                GaeLambda = parsed.GetValue(lambda) ?? defaults.GaeLambda,
                ClipCoefficient = parsed.GetValue(clip) ?? defaults.ClipCoefficient,
                ClipValueLoss = !parsed.GetValue(noValueClip),
                EntropyCoefficient = parsed.GetValue(entropy) ?? defaults.EntropyCoefficient,
                ValueCoefficient = parsed.GetValue(value) ?? defaults.ValueCoefficient,
                MaxGradNorm = parsed.GetValue(gradNorm) ?? defaults.MaxGradNorm,
                TargetKl = parsed.GetValue(targetKl),
                Hidden = parsed.GetValue(hidden),
                Lstm = parsed.GetValue(lstm),
                FrameStack = parsed.GetValue(frameStack) ?? (IsDoom(parsed.GetValue(env)) ? DoomFrameStack : 1),
                NormalizeObservations = parsed.GetValue(normObs),
                NormalizeRewards = parsed.GetValue(normReward),
                TotalSteps = parsed.GetValue(steps) ?? 500_000,
                Seed = parsed.GetValue(seed) ?? 0,
            };
            var settings = new Settings(
                parsed.GetValue(env), ppo, parsed.GetValue(steps), parsed.GetValue(minutes), parsed.GetValue(threads),
                parsed.GetValue(resume) ? parsed.GetValue(options) ?? [] : WithFamilyDefaults(parsed.GetValue(env), parsed.GetValue(options) ?? []), parsed.GetValue(output), parsed.GetValue(resume), parsed.GetValue(json),
                parsed.GetValue(evalEvery) ?? 50_000, parsed.GetValue(evalEpisodes), parsed.GetValue(role), parsed.GetValue(opponent), given)
            {
                SelfPlay = parsed.GetValue(selfPlay),
                PoolSize = parsed.GetValue(poolSize),
                SnapshotEvery = parsed.GetValue(snapshotEvery),
                Init = parsed.GetValue(init),
                InitSteps = parsed.GetValue(initSteps),
                InitEpochs = parsed.GetValue(initEpochs),
                Cluster = parsed.GetValue(cluster.Name) is not null || parsed.GetValue(cluster.Redis) is not null ? cluster.Read(parsed, parsed.GetValue(cluster.Name)) : null,
                ClusterWorkers = parsed.GetValue(clusterWorkers),
            };
            return runner.RunAsync("train ppo", parsed, cancellationToken, (services, token) => ExecuteAsync(runner.Context, services, settings, token), settings.Prepare);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, IServiceProvider services, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Cluster is not { } clusterSettings)
        {
            return await TrainAsync(context, services, settings, null, cancellationToken).ConfigureAwait(false);
        }
        // Rollouts on the cluster's workers: the client lives as long as the run, the learner (and its policy) here.
        using var host = await ClusterClientHosting.ConnectAsync(clusterSettings, ClusterOptions.Logging(services), cancellationToken).ConfigureAwait(false);
        try
        {
            var rollouts = new ClusterRollouts(host.Services.GetRequiredService<IClusterClient>(), settings.ClusterWorkers,
                services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym"));
            return await TrainAsync(context, services, settings, rollouts, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<int> TrainAsync(CliContext context, IServiceProvider services, Settings settings, ClusterRollouts? rollouts, CancellationToken cancellationToken)
    {
        var folder = settings.Folder;
        TorchRuntime.SetThreads(settings.Threads);
        // --minutes is the command's wall time: behaviour cloning (--init) happens while the learner is made and counts.
        var started = Stopwatch.StartNew();
        var registry = services.GetRequiredService<EnvRegistry>();
        var learner = settings.CreateLearner(registry, services.GetRequiredService<AgentRegistry>(), rollouts, cancellationToken);
        var earlier = TrainingRun.EarlierRows(folder, settings.Resume);
        double earlierBest = earlier.Count == 0 ? double.NaN
            : earlier.Select(row => row.Values.FirstOrDefault(v => v.Name == PpoTrainingSession.EvaluationReturn).Value).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max();
        string best = Path.Combine(folder.Path, "best.ckpt");
        var selfPlayRoles = PpoTrainer.SelfPlayRoles(learner);
        using var session = new PpoTrainingSession(learner, selfPlayRoles.Count > 0 ? null : best, settings.EvaluateEvery, settings.EvaluationEpisodes,
            settings.Minutes is double m ? Remaining(TimeSpan.FromMinutes(m), started.Elapsed) : null, earlierBest, cancellationToken);
        var run = learner.Run;
        var o = learner.Options;
        services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym").LogInformation(
            "PPO on {Environment} (options: {Options}; policy {Policy}) seed {Seed}, {Envs} envs x {Rollout} steps, threads {Threads}{Where}",
            run.EnvironmentId, run.OptionsText, learner.PolicyDescription, o.Seed, o.Envs, o.RolloutLength, settings.Threads,
            settings.Cluster is { } c ? $", rollouts on cluster {c.Name} ({settings.ClusterWorkers} worker(s) per silo)" : "");
        double agreement = PpoTrainer.InitialAgreement(learner);
        if (settings.Init is not null)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym").LogInformation(
                "Started from behaviour cloning of {Init}: the actor matches {Agreement:P1} of its actions on the demonstrations", settings.Init, agreement);
        }
        string optionText = run.Options.Count == 0 ? "" : $" --option {run.OptionsText}";
        string agentText = selfPlayRoles.Count > 0 ? string.Join(" ", selfPlayRoles.Select(r => $"--agent {r}=ppo:{Path.Combine(folder.Path, r + ".ckpt")}"))
            : run.Role is { } seat ? $"--agent {seat}=ppo:{best} --agent {Other(seat)}={run.Opponent}" : $"--agent ppo:{best}";
        var plan = new TrainingPlan
        {
            Folder = folder,
            Resume = settings.Resume,
            Earlier = earlier,
            MaxSteps = o.TotalSteps,
            MeasureEvery = o.BatchSize,
            CheckpointEvery = TimeSpan.FromSeconds(30),
            Json = settings.Json,
            Title = $"ppo {run.EnvironmentId}",
            PlotTitle = $"PPO: {run.EnvironmentId}, seed {o.Seed}",
            ValueLabel = "return",
            Plotted = [PpoTrainingSession.EpisodeReturn, PpoTrainingSession.EvaluationReturn],
            TryIt = $"./rlgym run {run.EnvironmentId} {agentText}{optionText} --episodes 100 --seed 0",
            ResumeCommand = $"./rlgym train ppo --resume --out {folder.Path}",
            FinishedText = "Stopped at --minutes",
            StepLimitText = "Stopped at --steps",
            MoreFiles = selfPlayRoles.Count > 0
                ? [.. selfPlayRoles.Select(r => (r, Path.Combine(folder.Path, r + ".ckpt"), $"the {r}'s policy and training state")), ("snapshots", Path.Combine(folder.Path, "snapshots"), "every snapshot of both roles (ppo:PATH)")]
                : [("best", best, "the best held-out evaluation")],
            JsonFacts = settings.Init is null
                ? new Dictionary<string, object> { ["env"] = run.EnvironmentId, ["policy"] = learner.PolicyDescription }
                : new Dictionary<string, object> { ["env"] = run.EnvironmentId, ["policy"] = learner.PolicyDescription, ["init"] = settings.Init, ["initAgreement"] = agreement },
        };
        return await TrainingRun.ExecuteAsync(context, services, plan, session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Doom's default learning view: the guided-policy-search student's (80x60 grey, frame skip 4, 4 stacked frames), the
    /// observation Dict holding the screen alone, since frames stack one-part observations.
    /// </summary>
    private const string DoomView = "resolution=80x60,screen_format=gray,frame_skip=4,available_game_variables=none";

    private const int DoomFrameStack = 4;

    // What is left of the --minutes budget once the learner exists (never negative: then no iteration runs and the cloned policy is saved as it is).
    private static TimeSpan Remaining(TimeSpan budget, TimeSpan spent) => spent >= budget ? TimeSpan.Zero : budget - spent;

    // The other seat of the cat-and-mouse duel, for the closing hint (other two-agent worlds print the role alone).
    private static string Other(string role) => role switch { "mouse" => "cat", "cat" => "mouse", _ => "OTHER" };

    private static bool IsDoom(string? env) => env is not null && env.StartsWith("Doom/", StringComparison.Ordinal);

    // Each environment family's default preprocessing for learning, unless the user set those options.
    private static string[] WithFamilyDefaults(string? env, string[] options)
    {
        if (!IsDoom(env))
        {
            return options;
        }
        var given = Core.EnvOptions.Parse(options);
        var defaults = DoomView.Split(',').Where(item => !given.ContainsKey(item[..item.IndexOf('=', StringComparison.Ordinal)]));
        return [.. options, .. defaults];
    }

    private static Option<double?> Number(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result => double.TryParse(Token(result), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : Fail<double?>(result, name, "a number"),
    };

    private static Option<long?> Whole(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result => long.TryParse(Token(result), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) && v >= 1
            ? v
            : Fail<long?>(result, name, "a whole number of at least 1"),
    };

    private static string Token(ArgumentResult result) => result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;

    private static T Fail<T>(ArgumentResult result, string name, string expected)
    {
        result.AddError($"Option '{name}' is '{Token(result)}'; expected {expected}.");
        return default!;
    }

    private sealed record Settings(
        string? Env, PpoOptions Ppo, long? Steps, double? Minutes, int Threads, string[] Options, string? Out, bool Resume, bool Json,
        long EvaluateEvery, int EvaluationEpisodes, string? Role, string? Opponent, string[] GivenHyperparameters)
    {
        /// <summary>Train both roles by self-play (<c>--self-play</c>).</summary>
        public bool SelfPlay { get; init; }

        public int PoolSize { get; init; }

        public int SnapshotEvery { get; init; }

        /// <summary>The agent spec behaviour cloning starts from (<c>--init</c>).</summary>
        public string? Init { get; init; }

        public long? InitSteps { get; init; }

        /// <summary>Passes of behaviour cloning (<c>--init-epochs</c>); null for <see cref="PpoInit.Epochs"/>'s default.</summary>
        public int? InitEpochs { get; init; }

        /// <summary><paramref name="defaults"/> with <c>--init-steps</c> and <c>--init-epochs</c> where they were given.</summary>
        private PpoInit Start(PpoInit defaults) =>
            defaults with { Steps = InitSteps ?? defaults.Steps, Epochs = InitEpochs ?? defaults.Epochs };

        /// <summary>The cluster whose rollout workers step the environments (<c>--cluster</c>); null for local copies.</summary>
        public ClusterSettings? Cluster { get; init; }

        public int ClusterWorkers { get; init; } = 1;

        private TrainingRunFolder? _folder;

        public TrainingRunFolder Folder => _folder ?? throw new InvalidOperationException("Prepare runs first.");

        /// <summary>Checks the arguments and the folder before anything is written.</summary>
        public string? Prepare()
        {
            if (Minutes is double m && (m <= 0 || m > 525_600))
            {
                throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"Option '--minutes' is {m}; expected a positive number of minutes (at most a year)."));
            }
            if (Cluster is not null)
            {
                Cluster.Validate();
                if (SelfPlay || Role is not null || Opponent is not null)
                {
                    throw new UserInputException("Option '--cluster' steps single-agent environments on the silos; --self-play, --role and --opponent train locally (drop --cluster).");
                }
            }
            if (Resume)
            {
                if (Out is null)
                {
                    throw new UserInputException("Option '--resume' needs '--out DIR', the folder of the run to continue.");
                }
                if (GivenHyperparameters.Length > 0)
                {
                    throw new UserInputException($"A resumed run keeps the settings it was started with; drop {string.Join(", ", GivenHyperparameters)} (only --steps, --minutes, --threads and the evaluation options may change).");
                }
            }
            else
            {
                if (string.IsNullOrWhiteSpace(Env))
                {
                    throw new UserInputException("Option '--env' is required: the environment to train in, such as --env CatMouse-v0 (see rlgym list).");
                }
                Validate(Ppo);
                Core.EnvOptions.Parse(Options);
                if (SelfPlay)
                {
                    if (Role is not null || Opponent is not null)
                    {
                        throw new UserInputException("Option '--self-play' trains both roles against snapshots of each other; drop --role and --opponent.");
                    }
                    SelfPlaySettings("snapshots").Validate();
                    if (Init is not null)
                    {
                        throw new UserInputException("Option '--init' starts one learner from a demonstrator; with --self-play train without it (or --init one role with --role and --opponent).");
                    }
                }
                if (InitSteps is not null && Init is null)
                {
                    throw new UserInputException("Option '--init-steps' goes with '--init SPEC', the agent that demonstrates.");
                }
                if (InitEpochs is not null && Init is null)
                {
                    throw new UserInputException("Option '--init-epochs' goes with '--init SPEC', the agent that demonstrates.");
                }
            }
            string path = Out ?? Path.Combine("runs", string.Create(CultureInfo.InvariantCulture, $"ppo-{Env!.Replace('/', '-')}-s{Ppo.Seed}-{DateTime.Now:yyyyMMdd-HHmmss}"));
            _folder = new TrainingRunFolder(path, "policy.ckpt");
            _folder.Prepare(Resume);
            return path;
        }

        // PpoOptions names its properties; say which command-line option held the value.
        private static void Validate(PpoOptions options)
        {
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                string message = e.Message;
                foreach (var (property, flag) in Flags)
                {
                    if (message.StartsWith(property + " ", StringComparison.Ordinal))
                    {
                        message = $"Option '{flag}'{message[property.Length..]}";
                        break;
                    }
                }
                throw new UserInputException(message, e);
            }
        }

        private static readonly (string Property, string Flag)[] Flags =
        [
            (nameof(PpoOptions.LearningRate), "--learning-rate"), (nameof(PpoOptions.Gamma), "--gamma"), (nameof(PpoOptions.GaeLambda), "--gae-lambda"),
            (nameof(PpoOptions.ClipCoefficient), "--clip-coef"), (nameof(PpoOptions.EntropyCoefficient), "--ent-coef"), (nameof(PpoOptions.ValueCoefficient), "--vf-coef"),
            (nameof(PpoOptions.MaxGradNorm), "--max-grad-norm"), (nameof(PpoOptions.UpdateEpochs), "--update-epochs"), (nameof(PpoOptions.Minibatches), "--minibatches"),
            (nameof(PpoOptions.Envs), "--envs"), (nameof(PpoOptions.RolloutLength), "--rollout-length"), (nameof(PpoOptions.Hidden), "--hidden"),
            (nameof(PpoOptions.TargetKl), "--target-kl"), (nameof(PpoOptions.FrameStack), "--frame-stack"), (nameof(PpoOptions.TotalSteps), "--steps"),
        ];

        private PpoSelfPlay SelfPlaySettings(string folder) => new(folder) { PoolSize = PoolSize, SnapshotEvery = SnapshotEvery };

        public IPpoLearner CreateLearner(EnvRegistry registry, AgentRegistry agents, ClusterRollouts? rollouts, CancellationToken cancellationToken)
        {
            if ((Role is null) != (Opponent is null))
            {
                throw new UserInputException("Options '--role' and '--opponent' go together: the role that learns and the agent spec playing the other one.");
            }
            if (!Resume && SelfPlay)
            {
                return PpoTrainer.CreateSelfPlay(registry, Env!, Core.EnvOptions.Parse(Options), Ppo, SelfPlaySettings(Path.Combine(Folder.Path, "snapshots")));
            }
            if (!Resume)
            {
                var opponent = Role is not null ? new PpoOpponent(agents, Role, Opponent!) : null;
                var start = Init is null ? null : Start(new PpoInit(agents, Init));
                if (rollouts is not null)
                {
                    return PpoTrainer.CreateWithRollouts(rollouts, registry, Env!, Core.EnvOptions.Parse(Options), Ppo, start, cancellationToken);
                }
                return PpoTrainer.Create(registry, Env!, Core.EnvOptions.Parse(Options), Ppo, opponent, start, cancellationToken);
            }
            var recorded = PpoTrainer.ReadRunInfo(Folder.Checkpoint);
            if (Env is not null && Env != recorded.EnvironmentId)
            {
                throw new UserInputException($"Option '--env' is {Env} but '{Folder.Checkpoint}' holds a run on {recorded.EnvironmentId}.");
            }
            if (Options.Length > 0)
            {
                throw new UserInputException($"Option '--option' cannot change a resumed run's environment; '{Folder.Checkpoint}' was trained with '{recorded.OptionsText}'.");
            }
            if (Role is not null && Role != recorded.Role)
            {
                throw new UserInputException($"Option '--role' is {Role} but '{Folder.Checkpoint}' holds a run as the {recorded.Role ?? (recorded.Opponent == "self-play" ? "both roles (self-play)" : "single agent")}.");
            }
            return rollouts is not null
                ? PpoTrainer.ResumeWithRollouts(rollouts, registry, Folder.Checkpoint, Steps)
                : PpoTrainer.Resume(registry, Folder.Checkpoint, Steps, agents);
        }
    }
}
