using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Imitation;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Cli.Hosting;
using RlGym.Cli.Training;
using RlGym.Core;
using RlGym.Runner.Training;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym train catmouse-imitation</c> (also what <c>rlgym train</c> alone runs): a brain learns the cat-and-mouse teacher by imitation, headless, with a progress
/// bar, metrics to CSV and TensorBoard, a learning-curve PNG and an atomic checkpoint at intervals and at the end;
/// <c>--resume</c> continues a run; <c>--table</c> prints the seed's hidden-size table next to ours.
/// </summary>
internal static class TrainCommand
{
    public const string Name = "catmouse-imitation";

    /// <summary>What the trainer does, for the help.</summary>
    public const string Description = "A brain learns to imitate the cat-and-mouse teacher (the seed's Elman network, or an LSTM)";

    /// <summary>The <c>train catmouse-imitation</c> command.</summary>
    public static Command Create(CommandRunner runner) => Configure(new Command(Name, Description), runner);

    /// <summary>Gives <paramref name="command"/> this trainer's options and action (<c>rlgym train</c> alone is this trainer too).</summary>
    public static Command Configure(Command command, CommandRunner runner)
    {
        var brain = new Option<string>("--brain") { Description = "The brain: elman (the seed's recurrent network) or lstm (TorchSharp)", DefaultValueFactory = _ => "elman" };
        brain.AcceptOnlyFromAmong("elman", "lstm");
        var role = new Option<string>("--role") { Description = "Which piece the brain plays", DefaultValueFactory = _ => "mouse" };
        role.AcceptOnlyFromAmong("mouse", "cat");
        var hidden = CommonOptions.OptionalCount("--hidden", SizeLimits.Hidden, "Hidden units (default 16 for elman, 64 for lstm)", "N");
        var seed = CommonOptions.Seed("The seed of weights and games (default 0)");
        var target = new Option<double?>("--target") { Description = "The stop rule: for elman the seed's smoothed error x 4 below T (default 1.2); for lstm smoothed mistakes per game at most T (default 0.01)", HelpName = "T" };
        var maxGames = new Option<long?>("--max-games") { Description = "Stop after this many games even if the stop rule does not hold (default 5000000)", HelpName = "N" };
        var output = new Option<string?>("--out") { Description = "The run's folder: brain.ckpt, metrics.csv, learning-curve.png, tensorboard/, rlgym.log (default runs/catmouse-imitation-<brain>-<role>-h<N>-s<S>-<time>)", HelpName = "DIR" };
        var resume = new Option<bool>("--resume") { Description = "Continue the run in --out from its checkpoint" };
        var random = new Option<string?>("--random") { Description = "The generator of weights and start cells: rng (RlGym's) or numpy (NumPy's legacy MT19937, to compare with the seed's script; the default)" };
        random.AcceptOnlyFromAmong("rng", "numpy");
        var measureEvery = new Option<long?>("--measure-every") { Description = "Record the figures every this many games (default 10000 for elman, 5120 for lstm)", HelpName = "N" };
        var table = new Option<bool>("--table") { Description = "Train hidden sizes 16/32/64/128 over several seeds and print games and wall time to the stop rule next to the seed's" };
        var seeds = CommonOptions.Count("--seeds", 5, "With --table: how many seeds per hidden size (0, 1, ...)", "N", SizeLimits.TableSeeds);
        var json = CommonOptions.Json();
        foreach (var option in new Option[] { brain, role, hidden, seed, target, maxGames, output, resume, random, measureEvery, table, seeds, json })
        {
            command.Options.Add(option);
        }
        command.SetAction((parsed, cancellationToken) =>
        {
            ulong s = parsed.GetValue(seed) ?? 0;
            string b = parsed.GetValue(brain)!;
            int h = parsed.GetValue(hidden) ?? (b == "elman" ? 16 : LstmBrain.DefaultHidden);
            var settings = new Settings(
                b, parsed.GetValue(role)!, h, s, parsed.GetValue(target), parsed.GetValue(maxGames) ?? 5_000_000,
                parsed.GetValue(output) ?? Path.Combine("runs", string.Create(CultureInfo.InvariantCulture, $"catmouse-imitation-{b}-{parsed.GetValue(role)}-h{h}-s{s}-{DateTime.Now:yyyyMMdd-HHmmss}")),
                parsed.GetValue(resume), parsed.GetValue(random) == "rng" ? StartCellSource.Rng : StartCellSource.Numpy,
                parsed.GetValue(measureEvery) ?? (b == "elman" ? 10_000 : 5_120), parsed.GetValue(json))
            {
                Given = new GivenOptions(parsed.GetValue(hidden) is not null, parsed.GetValue(seed) is not null, parsed.GetValue(random) is not null),
            };
            if (parsed.GetValue(table))
            {
                return runner.RunAsync("train --table", parsed, cancellationToken,
                    (services, token) => HiddenSizeTableCommand.ExecuteAsync(runner.Context, settings.Random, parsed.GetValue(seeds), settings.MaxGames, settings.Json, token));
            }
            return runner.RunAsync("train", parsed, cancellationToken, (services, token) => ExecuteAsync(runner.Context, services, settings, token), settings.Prepare);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, IServiceProvider services, Settings settings, CancellationToken cancellationToken)
    {
        var folder = new TrainingRunFolder(settings.Out);
        var (created, resumed) = settings.CreateSession(folder);
        using var session = created;
        settings = resumed;
        string tryIt = settings.Role == "mouse"
            ? $"./rlgym run CatMouse-v0 --agent {settings.Brain}:{folder.Checkpoint} --episodes 100 --seed 0"
            : $"./rlgym run CatMouseDuel-v0 --agent cat={settings.Brain}:{folder.Checkpoint} --agent mouse=teacher --episodes 100 --seed 0";
        var plan = new TrainingPlan
        {
            Folder = folder,
            Resume = settings.Resume,
            Earlier = TrainingRun.EarlierRows(folder, settings.Resume),
            MaxSteps = settings.MaxGames,
            MeasureEvery = settings.MeasureEvery,
            Json = settings.Json,
            Title = $"{settings.Brain} h{settings.Hidden}",
            PlotTitle = $"cat and mouse imitation: {settings.Brain} {settings.Role}, hidden {settings.Hidden}, {(settings.SeedKnown ? $"seed {settings.Seed}" : "resumed")}",
            ValueLabel = "errors per game",
            Plotted = [TrainingMetricNames.SmoothedErrorTimesFour, TrainingMetricNames.MistakesPerGame, TrainingMetricNames.Loss],
            TryIt = tryIt,
            ResumeCommand = $"./rlgym train --brain {settings.Brain} --role {settings.Role} --resume --out {folder.Path}",
        };
        return await TrainingRun.ExecuteAsync(context, services, plan, session, cancellationToken).ConfigureAwait(false);
    }

    private sealed record Settings(
        string Brain, string Role, int Hidden, ulong Seed, double? Target, long MaxGames, string Out, bool Resume,
        StartCellSource Random, long MeasureEvery, bool Json)
    {
        /// <summary>Which of the options a resumed run takes from its checkpoint were given on the command line.</summary>
        public GivenOptions Given { get; init; } = new(false, false, false);

        /// <summary>False when resuming a run whose checkpoint does not record its seed (the LSTM's).</summary>
        public bool SeedKnown { get; init; } = true;

        public string? Prepare()
        {
            if (MaxGames < 1)
            {
                throw new UserInputException($"Option '--max-games' is {MaxGames}; expected a whole number of at least 1.");
            }
            if (MeasureEvery < 1)
            {
                throw new UserInputException($"Option '--measure-every' is {MeasureEvery}; expected a whole number of at least 1.");
            }
            if (Target is double t && (!double.IsFinite(t) || t <= 0))
            {
                throw new UserInputException($"Option '--target' is {t}; expected a positive number.");
            }
            if (Brain == "elman" && Role != "mouse")
            {
                throw new UserInputException($"Option '--role' is '{Role}'; the Elman brain learns the mouse's compass (the seed's network); use --brain lstm for the cat.");
            }

            new TrainingRunFolder(Out).Prepare(Resume);
            return Out;
        }

        /// <summary>
        /// The session, and these settings as the run really goes: a resumed run keeps the hidden size, seed and generator
        /// of its checkpoint, and an option given on the command line that contradicts them is refused, never ignored.
        /// </summary>
        public (ITrainingSession Session, Settings Effective) CreateSession(TrainingRunFolder folder)
        {
            if (Brain == "lstm")
            {
                var effective = this;
                if (Resume)
                {
                    using (var saved = LstmBrainFile.Load(folder.Checkpoint))
                    {
                        RequireSameHidden(folder, saved.Hidden);
                        effective = this with { Hidden = saved.Hidden, SeedKnown = false };
                    }
                    if (Given.Seed || Given.Random)
                    {
                        throw new UserInputException(
                            $"Option '{(Given.Seed ? "--seed" : "--random")}' cannot be given with --resume: the LSTM run in '{folder.Path}' continues as it was started; drop it.");
                    }
                }
                var options = new LstmTrainingOptions { Role = BrainRoles.Parse(Role), Hidden = effective.Hidden, Seed = Seed, Target = Target ?? 0.01 };
                return (new LstmTrainingSession(Resume ? LstmImitationTrainer.Resume(folder.Checkpoint, options) : new LstmImitationTrainer(options)), effective);
            }
            if (Resume)
            {
                var trainer = ElmanCheckpoint.LoadTrainer(folder.Checkpoint, Target);
                var started = trainer.Options;
                RequireSameHidden(folder, trainer.Network.Hidden);
                if (Given.Seed && Seed != started.Seed)
                {
                    throw new UserInputException($"Option '--seed' is {Seed} but the run in '{folder.Path}' was started with seed {started.Seed}; a resumed run keeps its seed: drop --seed.");
                }
                if (Given.Random && Random != started.Random)
                {
                    throw new UserInputException(
                        $"Option '--random' is {Name(Random)} but the run in '{folder.Path}' was started with --random {Name(started.Random)}; a resumed run keeps its generator: drop --random.");
                }
                return (new ElmanTrainingSession(trainer), this with { Hidden = trainer.Network.Hidden, Seed = started.Seed, Random = started.Random });
            }
            return (new ElmanTrainingSession(new ElmanImitationTrainer(new ElmanTrainingOptions
            {
                Hidden = Hidden,
                Seed = Seed,
                Random = Random,
                Target = Target ?? 1.2,
            })), this);
        }

        private static string Name(StartCellSource random) => random == StartCellSource.Rng ? "rng" : "numpy";

        private void RequireSameHidden(TrainingRunFolder folder, int hidden)
        {
            if (Given.Hidden && Hidden != hidden)
            {
                throw new UserInputException($"Option '--hidden' is {Hidden} but the checkpoint '{folder.Checkpoint}' has hidden {hidden}; a resumed run keeps its size: drop --hidden.");
            }
        }
    }

    /// <summary>Whether --hidden, --seed and --random were given (a resumed run takes them from its checkpoint otherwise).</summary>
    private readonly record struct GivenOptions(bool Hidden, bool Seed, bool Random);

}
