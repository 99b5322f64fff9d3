using System.Diagnostics;
using RlGym.Agents.Doom.Student;
using RlGym.Core.Random;
using System.Runtime.InteropServices;
using RlGym.Torch;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.Doom.Gps;

/// <summary>
/// Guided policy search for a pixels-only Doom student, in DAgger's form (Ross et al. 2011), as the seed proposes:
/// a scripted teacher that reads the privileged state supervises a network that sees only frames. Each round
/// <list type="number">
/// <item>plays episodes in which the teacher's action runs with probability <c>decay^round</c> and the student's
/// otherwise (round 0: the teacher drives), and the teacher labels every state visited, from the privileged state of
/// that same step;</item>
/// <item>adds them to the aggregate of everything gathered so far (<see cref="GpsOptions.AggregateCapacity"/>
/// decisions, oldest dropped first);</item>
/// <item>trains the student by cross-entropy on minibatches drawn from the whole aggregate (Adam, the network carried
/// over from round to round);</item>
/// <item>evaluates the student alone on the fixed seeds 0 to n - 1: mean return, and agreement with the teacher's
/// labels on the states the student itself reached.</item>
/// </list>
/// Deterministic under <see cref="GpsOptions.Seed"/> for a given number of TorchSharp threads: the initial weights
/// and every other draw come from <see cref="Rng"/> generators derived from the seed (and the round); nothing uses
/// TorchSharp's process-wide generator. Multi-threaded CPU kernels may sum in another order with another thread count, which can change
/// the last bits of the weights and hence, rarely, an action. <see cref="SaveCheckpoint"/> and <see cref="Resume"/>
/// keep the student, Adam's state and the aggregate, so a resumed search runs the rounds the uninterrupted one would have.
/// </summary>
public sealed class GuidedPolicySearch : IDisposable
{
    private readonly GpsOptions _options;
    private readonly ParallelEpisodes _episodes;
    private readonly SampleAggregate _aggregate;
    private readonly Adam _optimizer;
    private readonly byte[] _batch;
    private readonly long[] _batchLabels;
    private double? _teacherReturn;
    private bool _disposed;

    /// <summary>Starts a search with a new student.</summary>
    /// <exception cref="ArgumentException">When an option is out of range.</exception>
    public GuidedPolicySearch(GpsOptions options)
        : this(options, null)
    {
    }

    private GuidedPolicySearch(GpsOptions options, DoomStudent? student)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        var shape = options.Shape();
        if (student is not null && student.Shape != shape)
        {
            throw new ArgumentException($"The student to continue is ({student.Shape}); these options train ({shape}).", nameof(student));
        }
        Student = student ?? new DoomStudent(shape, options.Seed);
        _episodes = new ParallelEpisodes(options.Scenario, shape, options.ParallelEpisodes);
        _aggregate = new SampleAggregate(options.AggregateCapacity, shape.FrameSize, shape.Stack);
        _optimizer = optim.Adam(Student.Network.parameters(), options.LearningRate);
        _batch = new byte[options.BatchSize * shape.InputSize];
        _batchLabels = new long[options.BatchSize];
    }

    /// <summary>
    /// Continues the search saved by <see cref="SaveCheckpoint"/> at <paramref name="path"/>: the student, Adam's state
    /// and the aggregate carry over, and each round's generator is derived from the seed and the round, so the resumed
    /// search runs the rounds the uninterrupted one would have (same options and thread count). The best student of the
    /// earlier rounds is not kept: <see cref="Best"/> starts again from the first resumed round.
    /// </summary>
    /// <param name="path">The checkpoint.</param>
    /// <param name="options">Makes the options from the saved student's shape (and may refuse it with an <see cref="ArgumentException"/>).</param>
    /// <exception cref="FileNotFoundException">When there is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">When the file is damaged or holds no training state.</exception>
    /// <exception cref="ArgumentException">When the options refuse the student or their shape differs from it.</exception>
    public static GuidedPolicySearch Resume(string path, Func<DoomStudentShape, GpsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DoomStudentFile.LoadTraining(path, (student, reader) =>
        {
            GuidedPolicySearch search;
            try
            {
                search = new GuidedPolicySearch(options(student.Shape), student);
            }
            catch
            {
                student.Dispose();
                throw;
            }
            try
            {
                search.ReadState(reader, path);
                return search;
            }
            catch
            {
                search.Dispose();
                throw;
            }
        });
    }

    /// <summary>
    /// Writes the student and the search's state (Adam's state, the aggregate with its frames deflated) to
    /// <paramref name="path"/>, atomically. The file plays as a <c>doom-student</c> checkpoint too.
    /// </summary>
    /// <exception cref="InvalidOperationException">While a round is in progress (the weights are part-way through it).</exception>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public void SaveCheckpoint(string path)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (RoundInProgress)
        {
            throw new InvalidOperationException("A round is in progress; save after it finishes.");
        }
        DoomStudentFile.Save(path, Student, writer =>
        {
            _optimizer.save_state_dict(writer);
            _aggregate.Write(writer);
        });
    }

    /// <summary>The student being trained.</summary>
    public DoomStudent Student { get; }

    /// <summary>Rounds done (the student's count, so it continues across resumed runs).</summary>
    public int Round => Student.Rounds;

    /// <summary>
    /// A copy of the student after the round whose evaluation returned the most so far in this search (DAgger's
    /// guarantee is for the best policy of the sequence, so it is worth keeping: the returns of later rounds can dip
    /// while the student's own states shift); ties go to the higher agreement. Null before the first round. The
    /// choice is made on the evaluation seeds, so judge it on others (the benchmark uses seeds from 1000).
    /// </summary>
    public DoomStudent? Best { get; private set; }

    /// <summary>The evaluation of <see cref="Best"/>.</summary>
    public StudentEvaluation? BestEvaluation { get; private set; }

    /// <summary>Labelled decisions the aggregate holds.</summary>
    public int AggregateSize => _aggregate.Count;

    /// <summary>The teacher's mean return on the evaluation seeds, with the student's settings (played once, then remembered).</summary>
    public double TeacherReturn => _teacherReturn ??= PlayTeacher();

    /// <summary>The teacher's share of control in round <paramref name="round"/>: 1 in round 0, then <c>decay^round</c>.</summary>
    public static double TeacherShare(int round, double decay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(round);
        return round == 0 ? 1 : Math.Pow(decay, round);
    }

    /// <summary>True while a round has changed the student's weights but not finished training (after an interruption, say).</summary>
    public bool RoundInProgress { get; private set; }

    /// <summary>Gathers, labels, trains and evaluates one round.</summary>
    /// <param name="cancellationToken">Stops gathering or training (not the short evaluation); the round then does not
    /// count, and <see cref="RoundInProgress"/> tells that the student's weights are part-way through it.</param>
    /// <exception cref="OperationCanceledException">When cancelled before the round's training finished.</exception>
    public GpsRoundReport RunRound(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var clock = Stopwatch.StartNew();
        int round = Student.Rounds;
        var rng = new Rng(Rng.DeriveSeed(_options.Seed, (ulong)round));
        double share = TeacherShare(round, _options.TeacherDecay);
        ulong firstGatherSeed = (ulong)_options.EvaluationEpisodes;
        var gathered = _episodes.Play(
            share >= 1 ? null : Student,
            share,
            decisions => decisions >= _options.SamplesPerRound ? null : firstGatherSeed + rng.NextUInt64Below(ulong.MaxValue - firstGatherSeed),
            rng,
            _aggregate,
            cancellationToken);
        RoundInProgress = true;
        double loss = Train(rng, cancellationToken);
        Student.Rounds = round + 1;
        RoundInProgress = false;
        var evaluation = Evaluate();
        if (BestEvaluation is not { } best || evaluation.MeanReturn > best.MeanReturn
            || (evaluation.MeanReturn == best.MeanReturn && evaluation.Agreement > best.Agreement))
        {
            Best ??= new DoomStudent(Student.Shape, 0, seed: null);
            Best.CopyFrom(Student);
            BestEvaluation = evaluation;
        }
        return new GpsRoundReport(
            round + 1, share, gathered.Returns.Count, (int)gathered.Decisions, _aggregate.Count, loss, evaluation, TeacherReturn, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The student alone on the evaluation seeds 0 to n - 1, with the teacher labelling (not acting) for agreement.</summary>
    public StudentEvaluation Evaluate()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var summary = _episodes.Play(Student, 0, EvaluationSeeds(), null, null, CancellationToken.None);
        return new StudentEvaluation(summary.Returns.Count, summary.MeanReturn, summary.Agreement, summary.Decisions);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _optimizer.Dispose();
            _episodes.Dispose();
            Student.Dispose();
            Best?.Dispose();
        }
    }

    private void ReadState(BinaryReader reader, string path)
    {
        try
        {
            _optimizer.load_state_dict(reader);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ExternalException)
        {
            throw new InvalidDataException($"'{path}' holds an optimiser state that does not fit this student: {e.Message}", e);
        }
        _aggregate.Read(reader, path);
    }

    private double PlayTeacher() => _episodes.Play(null, 1, EvaluationSeeds(), null, null, CancellationToken.None).MeanReturn;

    private Func<long, ulong?> EvaluationSeeds()
    {
        ulong next = 0;
        ulong count = (ulong)_options.EvaluationEpisodes;
        return _ => next < count ? next++ : null;
    }

    private double Train(Rng rng, CancellationToken cancellationToken)
    {
        int available = _aggregate.Count;
        if (available == 0 || _options.UpdatesPerRound == 0)
        {
            return double.NaN;
        }
        var shape = Student.Shape;
        int batch = _options.BatchSize;
        double total = 0;
        Student.Network.train();
        for (int update = 0; update < _options.UpdatesPerRound; update++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int b = 0; b < batch; b++)
            {
                int index = rng.NextInt(available);
                _aggregate.CopyInput(index, _batch.AsSpan(b * shape.InputSize, shape.InputSize));
                _batchLabels[b] = _aggregate.Label(index);
            }
            using var scope = NewDisposeScope();
            var logits = Student.Network.forward(Student.Inputs(_batch, batch));
            var loss = nn.functional.cross_entropy(logits, torch.tensor(_batchLabels));
            _optimizer.zero_grad();
            loss.backward();
            AdamStep.Apply(_optimizer);
            total += loss.item<float>();
        }
        Student.Network.eval();
        return total / _options.UpdatesPerRound;
    }
}
