using System.CommandLine;
using System.Globalization;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Cli.Hosting;
using RlGym.Cli.Training;
using RlGym.Core;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym train catmouse-duel</c>: a cat brain and a mouse brain (LSTMs) trained at once in the duel, each imitating its
/// teacher on the states the other's brain produces; the catch rate over training goes to metrics.csv, TensorBoard and
/// learning-curve.png, both brains to one atomic duel.ckpt that seats either role (<c>lstm:DIR/duel.ckpt</c>).
/// </summary>
internal static class CatMouseDuelTrainCommand
{
    public const string Name = "catmouse-duel";

    public static Command Create(CommandRunner runner)
    {
        var hidden = CommonOptions.Count("--hidden", LstmBrain.DefaultHidden, "LSTM hidden units of each brain", "N", SizeLimits.Hidden);
        var seed = CommonOptions.Seed("The seed of weights and duels (default 0)");
        var target = new Option<double>("--target") { Description = "The stop rule: both brains make at most T mistakes per duel against each other on the evaluation set", DefaultValueFactory = _ => 0.01, HelpName = "T" };
        var maxGames = new Option<long>("--max-games") { Description = "Stop after this many training duels even if the stop rule does not hold", DefaultValueFactory = _ => 1_000_000, HelpName = "N" };
        var measureEvery = new Option<long>("--measure-every") { Description = "Record the figures every this many duels", DefaultValueFactory = _ => 1_024, HelpName = "N" };
        var output = new Option<string?>("--out") { Description = "The run's folder: duel.ckpt, metrics.csv, learning-curve.png, tensorboard/, rlgym.log (default runs/catmouse-duel-h<N>-s<S>-<time>)", HelpName = "DIR" };
        var resume = new Option<bool>("--resume") { Description = "Continue the run in --out from its checkpoint" };
        var json = CommonOptions.Json();
        var command = new Command(Name, "Co-train a cat brain and a mouse brain in the duel, each imitating its teacher on the states the other produces")
        {
            hidden, seed, target, maxGames, measureEvery, output, resume, json,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            ulong s = parsed.GetValue(seed) ?? 0;
            int h = parsed.GetValue(hidden);
            var settings = new Settings(h, s, parsed.GetValue(target), parsed.GetValue(maxGames), parsed.GetValue(measureEvery),
                parsed.GetValue(output) ?? Path.Combine("runs", string.Create(CultureInfo.InvariantCulture, $"{Name}-h{h}-s{s}-{DateTime.Now:yyyyMMdd-HHmmss}")),
                parsed.GetValue(resume), parsed.GetValue(json));
            return runner.RunAsync("train " + Name, parsed, cancellationToken, (services, token) => ExecuteAsync(runner.Context, services, settings, token), settings.Prepare);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, IServiceProvider services, Settings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Folder;
        var options = new LstmTrainingOptions { Hidden = settings.Hidden, Seed = settings.Seed, GameLength = 20 };
        LstmDuelTrainer trainer;
        if (settings.Resume)
        {
            trainer = LstmDuelTrainer.Resume(folder.Checkpoint, options);
        }
        else
        {
            trainer = new LstmDuelTrainer(options);
        }
        using var session = new CatMouseDuelTrainingSession(trainer, settings.Target);
        var plan = new TrainingPlan
        {
            Folder = folder,
            Resume = settings.Resume,
            Earlier = TrainingRun.EarlierRows(folder, settings.Resume),
            MaxSteps = settings.MaxGames,
            MeasureEvery = settings.MeasureEvery,
            Json = settings.Json,
            Title = $"duel h{settings.Hidden}",
            PlotTitle = $"cat and mouse co-training in the duel: hidden {settings.Hidden}, seed {settings.Seed}",
            ValueLabel = "catch rate",
            Plotted = [CatMouseDuelTrainingSession.CatchRate, CatMouseDuelTrainingSession.CatBrainCatchRate, CatMouseDuelTrainingSession.MouseBrainCatchRate, CatMouseDuelTrainingSession.TeachersCatchRate],
            TryIt = $"./rlgym arena catmouse --cats lstm:{folder.Checkpoint},teacher --mice lstm:{folder.Checkpoint},teacher --episodes 1000",
            ResumeCommand = $"./rlgym train {Name} --hidden {settings.Hidden} --resume --out {folder.Path}",
        };
        return await TrainingRun.ExecuteAsync(context, services, plan, session, cancellationToken).ConfigureAwait(false);
    }

    private sealed record Settings(int Hidden, ulong Seed, double Target, long MaxGames, long MeasureEvery, string Out, bool Resume, bool Json)
    {
        public TrainingRunFolder Folder => new(Out, "duel.ckpt");

        public string Prepare()
        {
            if (!double.IsFinite(Target) || Target < 0)
            {
                throw new UserInputException($"Option '--target' is {Target}; expected a number of at least 0.");
            }
            if (MaxGames < 1)
            {
                throw new UserInputException($"Option '--max-games' is {MaxGames}; expected a whole number of at least 1.");
            }
            if (MeasureEvery < 1)
            {
                throw new UserInputException($"Option '--measure-every' is {MeasureEvery}; expected a whole number of at least 1.");
            }
            Folder.Prepare(Resume);
            return Out;
        }
    }
}
