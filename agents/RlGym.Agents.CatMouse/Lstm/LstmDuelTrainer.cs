using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Envs.CatMouse;
using RlGym.Torch;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// Co-training in the duel, as the seed proposes ("give the mouse and cat both a brain and let them fight it out"): a cat
/// brain and a mouse brain play duels against each other (CatMouseDuel-v0's rules), each move sometimes replaced by a
/// random one (<see cref="LstmTrainingOptions.ExplorationRate"/>); on every state the duels reach, the greedy chase labels
/// the cat's move and the seed's flee rule the mouse's; each brain then takes one Adam step on its own aggregated games.
/// So each learns its teacher on the states the other's brain produces. The figure to watch is the catch rate of the
/// two brains against each other on a fixed set of 1,000 duel starts (<see cref="Evaluate"/>).
/// <para>
/// The settings are <see cref="LstmTrainingOptions"/>: <c>GameLength</c> is the duel's tick limit (CatMouseDuel-v0's
/// default is 20), <c>Role</c> and <c>RandomMouseRate</c> do not apply. Deterministic for a seed and a thread count.
/// </para>
/// </summary>
public sealed class LstmDuelTrainer : IDisposable
{
    private const double Smoothing = 0.9;

    private readonly Rng _rng;
    private readonly LstmLearner _catLearner, _mouseLearner;
    private readonly LstmPolicy _catStudent, _mouseStudent;
    private readonly EvaluationSet _evaluation;
    private DuelReport? _teachers;
    private readonly CatMouseState[] _states;
    private readonly Direction[] _catMoves, _mouseMoves;
    private readonly bool[] _over;
    private readonly float[] _inputs;
    private readonly long[] _catLabels, _mouseLabels;

    /// <summary>Creates the trainer with two fresh brains (the cat's weights from the seed, the mouse's from a seed derived from it).</summary>
    /// <exception cref="ArgumentException">When a setting is out of range (the message names it).</exception>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public LstmDuelTrainer(LstmTrainingOptions options)
        : this(options, null, null)
    {
    }

    /// <summary>
    /// Continues the duel run saved by <see cref="SaveCheckpoint"/> at <paramref name="path"/> exactly where it stopped:
    /// both brains, both Adam states and aggregates, the generator, the counters and the smoothed figures carry over (as
    /// for <see cref="LstmImitationTrainer.Resume"/>).
    /// </summary>
    /// <exception cref="FileNotFoundException">When there is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">When the file is damaged or holds no training state.</exception>
    /// <exception cref="ArgumentException">When a brain's size differs from the options.</exception>
    public static LstmDuelTrainer Resume(string path, LstmTrainingOptions options) => LstmBrainFile.LoadDuelTraining(path, (cat, mouse, reader) =>
    {
        LstmDuelTrainer trainer;
        try
        {
            trainer = new LstmDuelTrainer(options, cat, mouse);
        }
        catch
        {
            cat.Dispose();
            mouse.Dispose();
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

    /// <summary>Writes both brains and everything needed to resume the run (<see cref="Resume"/>) to <paramref name="path"/>, atomically.</summary>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public void SaveCheckpoint(string path) => LstmBrainFile.SaveDuelTraining(path, Cat, Mouse, WriteState);

    private LstmDuelTrainer(LstmTrainingOptions options, LstmBrain? cat, LstmBrain? mouse)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        if ((cat is null) != (mouse is null))
        {
            throw new ArgumentException("A resumed duel needs both brains, the cat's and the mouse's.");
        }
        Check(cat, BrainRole.Cat, options);
        Check(mouse, BrainRole.Mouse, options);
        if (options.Threads is int threads)
        {
            TorchRuntime.SetThreads(threads);
        }
        Cat = cat ?? new LstmBrain(BrainRole.Cat, options.Hidden, options.Seed, options.Width, options.Height);
        Mouse = mouse ?? new LstmBrain(BrainRole.Mouse, options.Hidden, Rng.DeriveSeed(options.Seed, 1), options.Width, options.Height);
        Games = Math.Min(Cat.GamesTrained, Mouse.GamesTrained);
        Batches = Games / options.GamesPerBatch;
        _rng = new Rng(Rng.DeriveSeed(options.Seed, 1 + (ulong)Games));
        _catLearner = new LstmLearner(Cat, options);
        _mouseLearner = new LstmLearner(Mouse, options);
        _catStudent = Cat.Play(options.GamesPerBatch);
        _mouseStudent = Mouse.Play(options.GamesPerBatch);
        _evaluation = EvaluationSet.Create(BrainRole.Cat, EvaluationSet.StandardGames, EvaluationSet.StandardSeed, options.Width, options.Height, options.GameLength);
        int games = options.GamesPerBatch, moves = options.GameLength;
        _states = new CatMouseState[games];
        _catMoves = new Direction[games];
        _mouseMoves = new Direction[games];
        _over = new bool[games];
        _inputs = new float[games * moves * CatMouseObservation.Length];
        _catLabels = new long[games * moves];
        _mouseLabels = new long[games * moves];
    }

    /// <summary>The settings.</summary>
    public LstmTrainingOptions Options { get; }

    /// <summary>The cat's brain.</summary>
    public LstmBrain Cat { get; }

    /// <summary>The mouse's brain.</summary>
    public LstmBrain Mouse { get; }

    /// <summary>Batches (one gradient step for each brain) so far.</summary>
    public long Batches { get; private set; }

    /// <summary>Duels played in training so far.</summary>
    public long Games { get; private set; }

    /// <summary>The cat's cross-entropy smoothed over batches (NaN before the first).</summary>
    public double CatLoss { get; private set; } = double.NaN;

    /// <summary>The mouse's cross-entropy smoothed over batches (NaN before the first).</summary>
    public double MouseLoss { get; private set; } = double.NaN;

    /// <summary>The catch rate of the training duels (exploration included) smoothed over batches (NaN before the first).</summary>
    public double TrainingCatchRate { get; private set; } = double.NaN;

    /// <summary>The learning rate the next batch will use (the schedule of <see cref="LstmImitationTrainer.LearningRate"/>).</summary>
    public double LearningRate => Options.LearningRateAfter(Batches);

    /// <summary>Plays a batch of duels, then takes one Adam step for each brain.</summary>
    public void TrainBatch()
    {
        var o = Options;
        int games = o.GamesPerBatch, moves = o.GameLength, features = CatMouseObservation.Length;
        for (int g = 0; g < games; g++)
        {
            _states[g] = RoleGame.Start(_rng, BrainRole.Cat, o.Width, o.Height);
            _over[g] = false;
        }
        _catStudent.BeginGames(games);
        _mouseStudent.BeginGames(games);
        int catches = 0;
        for (int move = 0; move < moves; move++)
        {
            _catStudent.Decide(_states, _catMoves);
            _mouseStudent.Decide(_states, _mouseMoves);
            for (int g = 0; g < games; g++)
            {
                int at = g * moves + move;
                _states[g].Observation.CopyTo(_inputs.AsSpan(at * features, features));
                if (_over[g])
                {
                    _catLabels[at] = _mouseLabels[at] = GameAggregate.Ignored;
                    continue;
                }
                _catLabels[at] = (long)CatMouseRules.ChaseDirection(_states[g]);
                _mouseLabels[at] = (long)CatMouseRules.FleeDirection(_states[g]);
                var cat = _rng.NextDouble() < o.ExplorationRate ? (Direction)_rng.NextInt(4) : _catMoves[g];
                var mouse = _rng.NextDouble() < o.ExplorationRate ? (Direction)_rng.NextInt(4) : _mouseMoves[g];
                _over[g] = RoleGame.Advance(BrainRole.Cat, ref _states[g], cat, mouse);
                catches += _over[g] ? 1 : 0;
            }
        }
        double learningRate = LearningRate;
        CatLoss = Smooth(CatLoss, _catLearner.Learn(_inputs, _catLabels, _rng, learningRate));
        MouseLoss = Smooth(MouseLoss, _mouseLearner.Learn(_inputs, _mouseLabels, _rng, learningRate));
        TrainingCatchRate = Smooth(TrainingCatchRate, (double)catches / games);
        Batches++;
        Games += games;
        Cat.GamesTrained = Mouse.GamesTrained = Games;
    }

    /// <summary>The two brains against each other, greedily, on 1,000 fixed duel starts (seed 1001).</summary>
    public DuelReport Evaluate()
    {
        using var cat = Cat.Play(EvaluationSet.StandardGames);
        using var mouse = Mouse.Play(EvaluationSet.StandardGames);
        return DuelEvaluator.Evaluate(cat, mouse, _evaluation);
    }

    /// <summary>Each brain against the other side's teacher on the same starts: (cat brain vs flee rule, chase vs mouse brain).</summary>
    public (DuelReport CatBrain, DuelReport MouseBrain) EvaluateAgainstTeachers()
    {
        using var cat = Cat.Play(EvaluationSet.StandardGames);
        using var mouse = Mouse.Play(EvaluationSet.StandardGames);
        return (DuelEvaluator.Evaluate(cat, null, _evaluation), DuelEvaluator.Evaluate(null, mouse, _evaluation));
    }

    /// <summary>The teachers against each other on the same starts: the catch rate the brains move towards (played once: it never changes).</summary>
    public DuelReport EvaluateTeachers() => _teachers ??= DuelEvaluator.Evaluate(null, null, _evaluation);

    /// <summary>Frees the optimisers, the students' memory and both brains.</summary>
    public void Dispose()
    {
        _catLearner.Dispose();
        _mouseLearner.Dispose();
        _catStudent.Dispose();
        _mouseStudent.Dispose();
        Cat.Dispose();
        Mouse.Dispose();
    }

    private void WriteState(BinaryWriter writer)
    {
        _rng.GetState().Write(writer);
        writer.Write(Batches);
        writer.Write(Games);
        writer.Write(CatLoss);
        writer.Write(MouseLoss);
        writer.Write(TrainingCatchRate);
        _catLearner.WriteState(writer);
        _mouseLearner.WriteState(writer);
    }

    private void ReadState(BinaryReader reader, string path)
    {
        _rng.SetState(RngState.Read(reader));
        long batches = reader.ReadInt64(), games = reader.ReadInt64();
        if (games != Cat.GamesTrained || games != Mouse.GamesTrained || batches < 0)
        {
            throw new InvalidDataException($"Checkpoint '{path}' is inconsistent: its brains have {Cat.GamesTrained} and {Mouse.GamesTrained} games, its training state {games} games in {batches} batches.");
        }
        Batches = batches;
        Games = games;
        CatLoss = reader.ReadDouble();
        MouseLoss = reader.ReadDouble();
        TrainingCatchRate = reader.ReadDouble();
        _catLearner.ReadState(reader, path);
        _mouseLearner.ReadState(reader, path);
    }

    private static double Smooth(double old, double value) => double.IsNaN(old) ? value : Smoothing * old + (1 - Smoothing) * value;

    private static void Check(LstmBrain? brain, BrainRole role, LstmTrainingOptions options)
    {
        if (brain is not null && (brain.Role != role || brain.Hidden != options.Hidden || brain.Width != options.Width || brain.Height != options.Height))
        {
            throw new UserInputException($"The checkpoint holds a {brain}; the duel needs a {BrainRoles.Name(role)} brain with hidden {options.Hidden} on {options.Width}x{options.Height}.");
        }
    }
}
