using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RlGym.Agents.Doom;
using RlGym.Agents.Doom.Gps;
using RlGym.Agents.Doom.Student;
using RlGym.Cli.Hosting;
using RlGym.Cli.Training;
using RlGym.Core;
using RlGym.Envs.Doom;
using RlGym.Runner.Training;
using RlGym.Torch;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym train doom-gps --scenario NAME</c>: guided policy search for a pixels-only Doom student
/// (<see cref="GuidedPolicySearch"/>), a round at a time, with a progress bar, metrics to CSV and TensorBoard, a
/// learning-curve PNG, student.ckpt written atomically after every round and best.ckpt after every best-so-far round; <c>--resume</c> continues from the last
/// finished round (with a fresh aggregate and optimiser), Ctrl+C keeps the last finished round and exits 130.
/// </summary>
internal static class DoomGpsTrainCommand
{
    public const string Name = "doom-gps";

    public static Command Create(CommandRunner runner)
    {
        var scenario = new Option<string>("--scenario")
        {
            Description = $"The scenario: {string.Join(", ", DoomScenarioNames.ShortNames)} (or its id, such as Doom/Basic-v0)",
            HelpName = "NAME",
            Required = true,
        };
        var rounds = CommonOptions.Count("--rounds", 10, "Stop after this many rounds in all (a resumed run's included)", "N", SizeLimits.Rounds);
        var minutes = new Option<double?>("--minutes") { Description = "Start no round that would end after this many minutes of this run", HelpName = "M" };
        var seed = CommonOptions.Seed("The seed of weights, episodes and minibatches (default 0)");
        var frameSkip = new Option<int?>("--frame-skip") { Description = "Tics a decision lasts (default 1 for defend_the_center and defend_the_line, 2 for deadly_corridor, 4 otherwise)", HelpName = "N" };
        var samples = CommonOptions.Count("--samples", 4000, "Decisions to gather per round at least (whole episodes)", "N", SizeLimits.Samples);
        var updates = CommonOptions.Count("--updates", 300, "Minibatch updates (64 decisions each) per round", "N", SizeLimits.Updates);
        var evaluation = CommonOptions.Count("--eval-episodes", 20, "Evaluation episodes after each round, on seeds 0 to N-1", "N", SizeLimits.EvaluationEpisodes);
        var threads = CommonOptions.Count("--threads", 1, "TorchSharp CPU threads (results are reproducible for a given count)", "N", SizeLimits.Threads);
        var output = new Option<string?>("--out") { Description = "The run's folder: student.ckpt, best.ckpt, metrics.csv, learning-curve.png, tensorboard/, rlgym.log (default runs/doom-gps-<scenario>-s<S>-<time>)", HelpName = "DIR" };
        var resume = new Option<bool>("--resume") { Description = "Continue the run in --out from its student.ckpt" };
        var json = CommonOptions.Json();
        var command = new Command(Name, "Guided policy search: a pixels-only Doom student learns from the privileged teacher, round by round")
        {
            scenario, rounds, minutes, seed, frameSkip, samples, updates, evaluation, threads, output, resume, json,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            ulong s = parsed.GetValue(seed) ?? 0;
            string name = parsed.GetValue(scenario)!;
            var settings = new Settings(
                name, parsed.GetValue(rounds), parsed.GetValue(minutes), s, parsed.GetValue(frameSkip),
                parsed.GetValue(samples), parsed.GetValue(updates), parsed.GetValue(evaluation), parsed.GetValue(threads),
                parsed.GetValue(output), parsed.GetValue(resume), parsed.GetValue(json));
            return runner.RunAsync("train doom-gps", parsed, cancellationToken, (services, token) => ExecuteAsync(runner.Context, services, settings, token), settings.Prepare);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, IServiceProvider services, Settings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Folder;
        TorchRuntime.SetThreads(settings.Threads);
        var search = settings.CreateSearch(folder);
        var earlier = TrainingRun.EarlierRows(folder, settings.Resume);
        double earlierBest = earlier.Count == 0 ? double.NaN
            : earlier.Max(row => row.Values.FirstOrDefault(v => v.Name == DoomGpsTrainingSession.StudentReturn).Value);
        using var session = new DoomGpsTrainingSession(search, settings.Minutes is double m ? TimeSpan.FromMinutes(m) : null, earlierBest, cancellationToken);
        var shape = search.Student.Shape;
        string id = shape.ScenarioId, best = Path.Combine(folder.Path, DoomGpsTrainingSession.BestFile);
        services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym").LogInformation(
            "Guided policy search on {Scenario} ({Shape}) seed {Seed}, threads {Threads}", id, shape, settings.Seed, settings.Threads);
        var plan = new TrainingPlan
        {
            Folder = folder,
            Resume = settings.Resume,
            Earlier = earlier,
            MaxSteps = settings.Rounds,
            MeasureEvery = 1,
            CheckpointEvery = TimeSpan.Zero,
            Json = settings.Json,
            Title = $"doom-gps {id}",
            PlotTitle = $"guided policy search: {id}, seed {settings.Seed}",
            ValueLabel = "fraction",
            Plotted = [DoomGpsTrainingSession.Fraction, DoomGpsTrainingSession.Agreement, DoomGpsTrainingSession.TeacherShare, DoomGpsTrainingSession.Loss],
            TryIt = string.Create(CultureInfo.InvariantCulture,
                $"./rlgym run {id} --agent doom-student:{best} --option resolution={shape.Width}x{shape.Height},screen_format=gray,frame_skip={shape.FrameSkip} --episodes 20 --seed 0"),
            ResumeCommand = $"./rlgym train doom-gps --scenario {settings.Scenario} --resume --out {folder.Path}",
            FinishedText = "Stopped at --minutes",
            StepLimitText = "Stopped at --rounds",
            MoreFiles = [("best", best, "the best-evaluated round")],
            JsonFacts = new Dictionary<string, object> { ["scenario"] = id },
        };
        return await TrainingRun.ExecuteAsync(context, services, plan, session, cancellationToken).ConfigureAwait(false);
    }

    private sealed record Settings(
        string Scenario, int Rounds, double? Minutes, ulong Seed, int? FrameSkip, int Samples, int Updates, int EvaluationEpisodes, int Threads,
        string? Out, bool Resume, bool Json)
    {
        private DoomScenario? _scenario;
        private TrainingRunFolder? _folder;

        public TrainingRunFolder Folder => _folder ?? throw new InvalidOperationException("Prepare runs first.");

        public string? Prepare()
        {
            _scenario = DoomScenarioNames.Resolve(Scenario);
            if (Minutes is double m && (!double.IsFinite(m) || m <= 0))
            {
                throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"Option '--minutes' is {m}; expected a positive number of minutes."));
            }
            if (FrameSkip is int f && f is < 1 or > 64)
            {
                throw new UserInputException($"Option '--frame-skip' is {f}; expected 1 to 64.");
            }
            string path = Out ?? Path.Combine("runs", string.Create(CultureInfo.InvariantCulture, $"doom-gps-{_scenario.Map}-s{Seed}-{DateTime.Now:yyyyMMdd-HHmmss}"));
            _folder = new TrainingRunFolder(path, "student.ckpt");
            _folder.Prepare(Resume);
            return path;
        }

        public GuidedPolicySearch CreateSearch(TrainingRunFolder folder)
        {
            var scenario = _scenario ?? throw new InvalidOperationException("Prepare runs first.");
            var options = new GpsOptions
            {
                Scenario = scenario,
                Seed = Seed,
                FrameSkip = FrameSkip,
                SamplesPerRound = Samples,
                UpdatesPerRound = Updates,
                EvaluationEpisodes = EvaluationEpisodes,
            };
            if (!Resume)
            {
                return new GuidedPolicySearch(options);
            }
            return GuidedPolicySearch.Resume(folder.Checkpoint, shape =>
            {
                if (shape.ScenarioId != scenario.Id)
                {
                    throw new UserInputException($"Option '--scenario' is {scenario.Map} but '{folder.Checkpoint}' holds a student of {shape.ScenarioId}.");
                }
                if (FrameSkip is int f && f != shape.FrameSkip)
                {
                    throw new UserInputException($"Option '--frame-skip' is {f} but '{folder.Checkpoint}' holds a student of frame_skip {shape.FrameSkip}.");
                }
                return options with { Width = shape.Width, Height = shape.Height, Stack = shape.Stack, FrameSkip = shape.FrameSkip };
            });
        }
    }
}
