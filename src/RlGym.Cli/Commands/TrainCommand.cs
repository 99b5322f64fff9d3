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
using RlGym.Runner.Training;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym train [catmouse-imitation]</c>: a brain learns the cat-and-mouse teacher by imitation, headless, with a progress
/// bar, metrics to CSV and TensorBoard, a learning-curve PNG and an atomic checkpoint at intervals and at the end;
/// <c>--resume</c> continues a run; <c>--table</c> prints the seed's hidden-size table next to ours.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CommandRunner runner)
    {
        var task = new Argument<string>("TASK") { Description = "What to train", DefaultValueFactory = _ => "catmouse-imitation", Arity = ArgumentArity.ZeroOrOne };
        task.AcceptOnlyFromAmong("catmouse-imitation");
        var brain = new Option<string>("--brain") { Description = "The brain: elman (the seed's recurrent network) or lstm (TorchSharp)", DefaultValueFactory = _ => "elman" };
        brain.AcceptOnlyFromAmong("elman", "lstm");
        var role = new Option<string>("--role") { Description = "Which piece the brain plays", DefaultValueFactory = _ => "mouse" };
        role.AcceptOnlyFromAmong("mouse", "cat");
        var hidden = new Option<int?>("--hidden") { Description = "Hidden units (default 16 for elman, 64 for lstm)", HelpName = "N" };
        var seed = CommonOptions.Seed("The seed of weights and games (default 0)");
        var target = new Option<double?>("--target") { Description = "The stop rule: for elman the seed's smoothed error x 4 below T (default 1.2); for lstm smoothed mistakes per game at most T (default 0.01)", HelpName = "T" };
        var maxGames = new Option<long?>("--max-games") { Description = "Stop after this many games even if the stop rule does not hold (default 5000000)", HelpName = "N" };
        var output = new Option<string?>("--out") { Description = "The run's folder: brain.ckpt, metrics.csv, learning-curve.png, tensorboard/, rlgym.log (default runs/catmouse-imitation-<brain>-<role>-h<N>-s<S>-<time>)", HelpName = "DIR" };
        var resume = new Option<bool>("--resume") { Description = "Continue the run in --out from its checkpoint" };
        var random = new Option<string>("--random") { Description = "The generator of weights and start cells: rng (RlGym's) or numpy (NumPy's legacy MT19937, to compare with the seed's script)", DefaultValueFactory = _ => "numpy" };
        random.AcceptOnlyFromAmong("rng", "numpy");
        var measureEvery = new Option<long?>("--measure-every") { Description = "Record the figures every this many games (default 10000 for elman, 5120 for lstm)", HelpName = "N" };
        var table = new Option<bool>("--table") { Description = "Train hidden sizes 16/32/64/128 over several seeds and print games and wall time to the stop rule next to the seed's" };
        var seeds = CommonOptions.Count("--seeds", 5, "With --table: how many seeds per hidden size (0, 1, ...)", "N");
        var json = CommonOptions.Json();
        var command = new Command("train", "Train a brain to imitate a teacher, headless")
        {
            task, brain, role, hidden, seed, target, maxGames, output, resume, random, measureEvery, table, seeds, json,
        };
        command.Subcommands.Add(CatMouseDuelTrainCommand.Create(runner));
        command.Subcommands.Add(DoomGpsTrainCommand.Create(runner));
        command.Subcommands.Add(PpoTrainCommand.Create(runner));
        command.SetAction((parsed, cancellationToken) =>
        {
            ulong s = parsed.GetValue(seed) ?? 0;
            string b = parsed.GetValue(brain)!;
            int h = parsed.GetValue(hidden) ?? (b == "elman" ? 16 : LstmBrain.DefaultHidden);
            var settings = new Settings(
                b, parsed.GetValue(role)!, h, s, parsed.GetValue(target), parsed.GetValue(maxGames) ?? 5_000_000,
                parsed.GetValue(output) ?? Path.Combine("runs", string.Create(CultureInfo.InvariantCulture, $"catmouse-imitation-{b}-{parsed.GetValue(role)}-h{h}-s{s}-{DateTime.Now:yyyyMMdd-HHmmss}")),
                parsed.GetValue(resume), parsed.GetValue(random) == "numpy" ? StartCellSource.Numpy : StartCellSource.Rng,
                parsed.GetValue(measureEvery) ?? (b == "elman" ? 10_000 : 5_120), parsed.GetValue(json));
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
        using var session = settings.CreateSession(folder);
        string tryIt = settings.Role == "mouse"
            ? $"rlgym run CatMouse-v0 --agent {settings.Brain}:{folder.Checkpoint} --episodes 100 --seed 0"
            : $"rlgym run CatMouseDuel-v0 --agent cat={settings.Brain}:{folder.Checkpoint} --agent mouse=teacher --episodes 100 --seed 0";
        var plan = new TrainingPlan
        {
            Folder = folder,
            Resume = settings.Resume,
            Earlier = TrainingRun.EarlierRows(folder, settings.Resume),
            MaxSteps = settings.MaxGames,
            MeasureEvery = settings.MeasureEvery,
            Json = settings.Json,
            Title = $"{settings.Brain} h{settings.Hidden}",
            PlotTitle = $"cat and mouse imitation: {settings.Brain} {settings.Role}, hidden {settings.Hidden}, seed {settings.Seed}",
            ValueLabel = "errors per game",
            Plotted = [TrainingMetricNames.SmoothedErrorTimesFour, TrainingMetricNames.MistakesPerGame, TrainingMetricNames.Loss],
            TryIt = tryIt,
            ResumeCommand = $"rlgym train --brain {settings.Brain} --role {settings.Role} --hidden {settings.Hidden} --resume --out {folder.Path}",
        };
        return await TrainingRun.ExecuteAsync(context, services, plan, session, cancellationToken).ConfigureAwait(false);
    }

    private sealed record Settings(
        string Brain, string Role, int Hidden, ulong Seed, double? Target, long MaxGames, string Out, bool Resume,
        StartCellSource Random, long MeasureEvery, bool Json)
    {
        public string? Prepare()
        {
            if (MaxGames < 1)
            {
                throw new ArgumentException($"Option '--max-games' is {MaxGames}; expected a whole number of at least 1.");
            }
            if (MeasureEvery < 1)
            {
                throw new ArgumentException($"Option '--measure-every' is {MeasureEvery}; expected a whole number of at least 1.");
            }
            if (Target is double t && (!double.IsFinite(t) || t <= 0))
            {
                throw new ArgumentException($"Option '--target' is {t}; expected a positive number.");
            }
            if (Hidden < 1)
            {
                throw new ArgumentException($"Option '--hidden' is {Hidden}; expected a whole number of at least 1.");
            }
            if (Brain == "elman" && Role != "mouse")
            {
                throw new ArgumentException($"Option '--role' is '{Role}'; the Elman brain learns the mouse's compass (the seed's network); use --brain lstm for the cat.");
            }

            new TrainingRunFolder(Out).Prepare(Resume);
            return Out;
        }

        public ITrainingSession CreateSession(TrainingRunFolder folder)
        {
            if (Brain == "lstm")
            {
                var options = new LstmTrainingOptions { Role = BrainRoles.Parse(Role), Hidden = Hidden, Seed = Seed, Target = Target ?? 0.01 };
                var brain = Resume ? LstmBrainFile.Load(folder.Checkpoint) : null;
                try
                {
                    return new LstmTrainingSession(new LstmImitationTrainer(options, brain));
                }
                catch
                {
                    brain?.Dispose();
                    throw;
                }
            }
            if (Resume)
            {
                var trainer = ElmanCheckpoint.LoadTrainer(folder.Checkpoint, Target);
                if (trainer.Network.Hidden != Hidden)
                {
                    throw new ArgumentException($"Option '--hidden' is {Hidden} but the checkpoint '{folder.Checkpoint}' has hidden {trainer.Network.Hidden}.");
                }
                return new ElmanTrainingSession(trainer);
            }
            return new ElmanTrainingSession(new ElmanImitationTrainer(new ElmanTrainingOptions
            {
                Hidden = Hidden,
                Seed = Seed,
                Random = Random,
                Target = Target ?? 1.2,
            }));
        }
    }
}
