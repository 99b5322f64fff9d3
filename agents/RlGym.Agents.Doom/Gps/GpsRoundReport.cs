namespace RlGym.Agents.Doom.Gps;

/// <summary>What one guided policy search round did and how the student plays after it.</summary>
/// <param name="Round">Rounds done, this one included (1 after round 0).</param>
/// <param name="TeacherShare">The teacher's share of control while gathering this round.</param>
/// <param name="Episodes">Episodes gathered this round.</param>
/// <param name="Samples">Labelled decisions gathered this round.</param>
/// <param name="AggregateSize">Labelled decisions the aggregate holds now.</param>
/// <param name="Loss">Mean cross-entropy of this round's updates.</param>
/// <param name="Evaluation">The student alone on the evaluation seeds, after training.</param>
/// <param name="TeacherReturn">The teacher's mean return on the same seeds and settings.</param>
/// <param name="Seconds">Wall time of the round (gathering, training and evaluation).</param>
public readonly record struct GpsRoundReport(
    int Round, double TeacherShare, int Episodes, int Samples, int AggregateSize, double Loss,
    StudentEvaluation Evaluation, double TeacherReturn, double Seconds)
{
    /// <summary>The student's mean return as a fraction of the teacher's (NaN when the teacher's is 0).</summary>
    public double Fraction => TeacherReturn == 0 ? double.NaN : Evaluation.MeanReturn / TeacherReturn;
}
