namespace RlGym.Agents.Doom.Gps;

/// <summary>The student playing alone on fixed seeds.</summary>
/// <param name="Episodes">Episodes played.</param>
/// <param name="MeanReturn">Mean undiscounted return.</param>
/// <param name="Agreement">Fraction of the student's decisions that equal the teacher's label for the same state.</param>
/// <param name="Decisions">Decisions made in all.</param>
public readonly record struct StudentEvaluation(int Episodes, double MeanReturn, double Agreement, long Decisions);
