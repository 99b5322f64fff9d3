using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Envs.CatMouse;
using RlGym.Torch;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// Teaches an <see cref="LstmBrain"/> to imitate its role's teacher, one batch per <see cref="TrainBatch"/>:
/// <list type="number">
/// <item>the student plays <see cref="LstmTrainingOptions.GamesPerBatch"/> new games, moving its piece where its own
/// largest logit points (with a small chance of a random move), while the teacher labels every state it reaches;</item>
/// <item>those games join the aggregated set (DAgger: the student learns on the states its own play leads to);</item>
/// <item>one Adam step on the cross-entropy between the student's logits and the teacher's directions, over the new
/// games and games drawn from the aggregated set.</item>
/// </list>
/// The mouse plays the seed's game (stationary cat, flee teacher); the cat plays against a mouse that flees by the seed's
/// rule (at random with <see cref="LstmTrainingOptions.RandomMouseRate"/>) and learns the greedy chase. Deterministic
/// for a seed and a thread count: TorchSharp's generator seeds the weights, RlGym's <see cref="Rng"/> everything else.
/// </summary>
public sealed class LstmImitationTrainer : IDisposable
{
    private const double Smoothing = 0.9;

    private readonly Rng _rng;
    private readonly LstmLearner _learner;
    private readonly LstmPolicy _student;
    private readonly CatMouseState[] _states;
    private readonly Direction[] _directions;
    private readonly bool[] _over;
    private readonly float[] _inputs;
    private readonly long[] _labels;

    /// <summary>Creates the trainer and a fresh brain from the options' seed.</summary>
    /// <exception cref="ArgumentException">When a setting is out of range (the message names it).</exception>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public LstmImitationTrainer(LstmTrainingOptions options)
        : this(options, null)
    {
    }

    /// <summary>
    /// Continues the run saved by <see cref="SaveCheckpoint"/> at <paramref name="path"/> exactly where it stopped: the
    /// weights, Adam's state, the aggregated games, the generator, the counters and the smoothed figures all carry over, so
    /// the resumed run takes the very batches the uninterrupted one would have (for the same options and thread count).
    /// </summary>
    /// <exception cref="FileNotFoundException">When there is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">When the file is damaged or holds no training state (a brain saved on its own, or by an earlier RlGym).</exception>
    /// <exception cref="ArgumentException">When the brain's role, hidden size or grid differ from the options.</exception>
    public static LstmImitationTrainer Resume(string path, LstmTrainingOptions options) => LstmBrainFile.LoadTraining(path, (brain, reader) =>
    {
        LstmImitationTrainer trainer;
        try
        {
            trainer = new LstmImitationTrainer(options, brain);
        }
        catch
        {
            brain.Dispose();
            throw;
        }
        try
        {
            trainer.ReadState(reader, path);
            return trainer;
        }
        catch
        {
            trainer.Dispose();
            throw;
        }
    });

    /// <summary>Writes the brain and everything needed to resume the run (<see cref="Resume"/>) to <paramref name="path"/>, atomically.</summary>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public void SaveCheckpoint(string path) => LstmBrainFile.SaveTraining(path, Brain, WriteState);

    private LstmImitationTrainer(LstmTrainingOptions options, LstmBrain? brain)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        if (options.Threads is int threads)
        {
            TorchRuntime.SetThreads(threads);
        }
        if (brain is not null && (brain.Role != options.Role || brain.Hidden != options.Hidden || brain.Width != options.Width || brain.Height != options.Height))
        {
            throw new UserInputException($"The checkpoint holds a {brain}; the settings ask for a {BrainRoles.Name(options.Role)} brain with hidden {options.Hidden} on {options.Width}x{options.Height}.");
        }
        Brain = brain ?? new LstmBrain(options.Role, options.Hidden, options.Seed, options.Width, options.Height);
        Games = Brain.GamesTrained;
        Batches = Games / options.GamesPerBatch;
        _rng = new Rng(Rng.DeriveSeed(options.Seed, 1 + (ulong)Games));
        _learner = new LstmLearner(Brain, options);
        _student = Brain.Play(options.GamesPerBatch);
        int games = options.GamesPerBatch, moves = options.GameLength;
        _states = new CatMouseState[games];
        _directions = new Direction[games];
        _over = new bool[games];
        _inputs = new float[games * moves * CatMouseObservation.Length];
        _labels = new long[games * moves];
    }

    /// <summary>The settings.</summary>
    public LstmTrainingOptions Options { get; }

    /// <summary>The brain being trained.</summary>
    public LstmBrain Brain { get; }

    /// <summary>Batches (gradient steps) so far.</summary>
    public long Batches { get; private set; }

    /// <summary>Games the student has played so far.</summary>
    public long Games { get; private set; }

    /// <summary>The last batch's cross-entropy (NaN before the first batch).</summary>
    public double LastLoss { get; private set; } = double.NaN;

    /// <summary>The cross-entropy smoothed over batches (0.9 old + 0.1 new; NaN before the first batch).</summary>
    public double SmoothedLoss { get; private set; } = double.NaN;

    /// <summary>
    /// The last batch's mistakes per new game: moves where the student's own choice differed from the teacher's, counted
    /// before it learned from them (NaN before the first batch).
    /// </summary>
    public double LastMistakesPerGame { get; private set; } = double.NaN;

    /// <summary>Mistakes per training game smoothed over batches (0.9 old + 0.1 new; NaN before the first batch).</summary>
    public double SmoothedMistakesPerGame { get; private set; } = double.NaN;

    /// <summary>The learning rate the next batch will use.</summary>
    public double LearningRate => Options.LearningRateAfter(Batches);

    /// <summary>True once the smoothed mistakes per training game are at most <see cref="LstmTrainingOptions.Target"/>.</summary>
    public bool ReachedTarget => SmoothedMistakesPerGame <= Options.Target;

    /// <summary>Plays a batch of games with the student, aggregates them and takes one Adam step; returns the batch's loss.</summary>
    public double TrainBatch()
    {
        int mistakes = PlayNewGames();
        double loss = _learner.Learn(_inputs, _labels, _rng, LearningRate);
        int games = Options.GamesPerBatch;
        double perGame = (double)mistakes / games;
        LastLoss = loss;
        LastMistakesPerGame = perGame;
        SmoothedLoss = double.IsNaN(SmoothedLoss) ? loss : Smoothing * SmoothedLoss + (1 - Smoothing) * loss;
        SmoothedMistakesPerGame = double.IsNaN(SmoothedMistakesPerGame) ? perGame : Smoothing * SmoothedMistakesPerGame + (1 - Smoothing) * perGame;
        Batches++;
        Games += games;
        Brain.GamesTrained = Games;
        return loss;
    }

    /// <summary>Counts the brain's true mistakes on <paramref name="set"/> (default: the standard set of its role).</summary>
    /// <exception cref="ArgumentException">When the set is for another role.</exception>
    public MistakeReport Evaluate(EvaluationSet? set = null)
    {
        set ??= EvaluationSet.Standard(Options.Role);
        if (set.Role != Options.Role)
        {
            throw new ArgumentException($"The evaluation set is for the {BrainRoles.Name(set.Role)}; this trainer teaches the {BrainRoles.Name(Options.Role)}.", nameof(set));
        }
        using var policy = Brain.Play(Math.Min(set.Games, 1024));
        return MistakeEvaluator.Evaluate(policy, set);
    }

    /// <summary>Frees the optimiser, the student's memory and the brain's tensors.</summary>
    public void Dispose()
    {
        _learner.Dispose();
        _student.Dispose();
        Brain.Dispose();
    }

    private void WriteState(BinaryWriter writer)
    {
        _rng.GetState().Write(writer);
        writer.Write(Batches);
        writer.Write(Games);
        writer.Write(LastLoss);
        writer.Write(SmoothedLoss);
        writer.Write(LastMistakesPerGame);
        writer.Write(SmoothedMistakesPerGame);
        _learner.WriteState(writer);
    }

    private void ReadState(BinaryReader reader, string path)
    {
        _rng.SetState(RngState.Read(reader));
        long batches = reader.ReadInt64(), games = reader.ReadInt64();
        if (games != Brain.GamesTrained || batches < 0)
        {
            throw new InvalidDataException($"Checkpoint '{path}' is inconsistent: its brain has {Brain.GamesTrained} games, its training state {games} games in {batches} batches.");
        }
        Batches = batches;
        Games = games;
        LastLoss = reader.ReadDouble();
        SmoothedLoss = reader.ReadDouble();
        LastMistakesPerGame = reader.ReadDouble();
        SmoothedMistakesPerGame = reader.ReadDouble();
        _learner.ReadState(reader, path);
    }

    private int PlayNewGames()
    {
        var o = Options;
        int games = o.GamesPerBatch, moves = o.GameLength, features = CatMouseObservation.Length;
        for (int g = 0; g < games; g++)
        {
            _states[g] = RoleGame.Start(_rng, o.Role, o.Width, o.Height);
            _over[g] = false;
        }
        int mistakes = 0;
        _student.BeginGames(games);
        for (int move = 0; move < moves; move++)
        {
            _student.Decide(_states, _directions);
            for (int g = 0; g < games; g++)
            {
                int at = g * moves + move;
                _states[g].Observation.CopyTo(_inputs.AsSpan(at * features, features));
                if (_over[g])
                {
                    _labels[at] = GameAggregate.Ignored;
                    continue;
                }
                var teacher = RoleGame.Teacher(o.Role, _states[g]);
                _labels[at] = (long)teacher;
                mistakes += _directions[g] != teacher ? 1 : 0;
                var played = _rng.NextDouble() < o.ExplorationRate ? (Direction)_rng.NextInt(4) : _directions[g];
                var mouse = o.Role != BrainRole.Cat ? default
                    : _rng.NextDouble() < o.RandomMouseRate ? (Direction)_rng.NextInt(4)
                    : RoleGame.MouseMove(_states[g]);
                _over[g] = RoleGame.Advance(o.Role, ref _states[g], played, mouse);
            }
        }
        return mistakes;
    }
}
