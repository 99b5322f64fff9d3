using System.Diagnostics;
using RlGym.Agents.Doom.Gps;
using RlGym.Agents.Doom.Student;
using RlGym.Runner.Training;

namespace RlGym.Cli.Training;

/// <summary>
/// Guided policy search for a Doom student, a round a step. Figures per round: the teacher's share of control, the
/// decisions gathered and held, the loss, the student's and the teacher's mean return on the evaluation seeds, their
/// ratio and the student's agreement with the teacher on its own states. The stop rule is the time budget: no round
/// starts that would, at the length of the last one, end past it. An interrupted round does not count, and the
/// checkpoint keeps the last finished round. Next to it, best.ckpt holds the student of the best-evaluated round
/// (of a resumed run too: <paramref name="earlierBest"/> is the best return its earlier rounds recorded).
/// </summary>
internal sealed class DoomGpsTrainingSession(GuidedPolicySearch search, TimeSpan? budget, double earlierBest, CancellationToken cancellationToken) : ITrainingSession
{
    /// <summary>The best student's file name, next to the checkpoint.</summary>
    public const string BestFile = "best.ckpt";

    public const string TeacherShare = "teacher_share";
    public const string Samples = "samples";
    public const string Aggregate = "aggregate";
    public const string Loss = "loss";
    public const string StudentReturn = "student_return";
    public const string TeacherReturn = "teacher_return";
    public const string Fraction = "fraction_of_teacher";
    public const string Agreement = "agreement";

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private GpsRoundReport? _last;
    private int _bestRoundSaved = -1;

    public string StepUnit => "rounds";

    public long Step => search.Round;

    public bool Finished =>
        budget is TimeSpan limit && (_clock.Elapsed >= limit || (_last is { } last && _clock.Elapsed + TimeSpan.FromSeconds(last.Seconds) > limit));

    public void Advance()
    {
        try
        {
            _last = search.RunRound(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The training loop sees the same token next and ends the run as interrupted.
        }
    }

    public IReadOnlyList<Metric> Measure()
    {
        if (_last is not { } report || report.Round != search.Round)
        {
            var evaluation = search.Evaluate();
            report = new GpsRoundReport(search.Round, double.NaN, 0, 0, search.AggregateSize, double.NaN, evaluation, search.TeacherReturn, 0);
        }
        return
        [
            new(TeacherShare, report.TeacherShare),
            new(Samples, report.Samples),
            new(Aggregate, report.AggregateSize),
            new(Loss, report.Loss),
            new(StudentReturn, report.Evaluation.MeanReturn),
            new(TeacherReturn, report.TeacherReturn),
            new(Fraction, report.Fraction),
            new(Agreement, report.Evaluation.Agreement),
        ];
    }

    public void SaveCheckpoint(string path)
    {
        if (search.RoundInProgress)
        {
            return;
        }
        search.SaveCheckpoint(path);
        if (search is { Best: { } best, BestEvaluation: { } evaluation } && best.Rounds != _bestRoundSaved
            && (double.IsNaN(earlierBest) || evaluation.MeanReturn >= earlierBest))
        {
            DoomStudentFile.Save(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, BestFile), best);
            _bestRoundSaved = best.Rounds;
        }
    }

    public void Dispose() => search.Dispose();
}
