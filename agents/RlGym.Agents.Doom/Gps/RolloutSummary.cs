namespace RlGym.Agents.Doom.Gps;

/// <summary>What a batch of episodes gave.</summary>
/// <param name="Returns">Each finished episode's return, in the order the episodes started.</param>
/// <param name="Decisions">Decisions made in all.</param>
/// <param name="StudentDecisions">Decisions where the student was asked (all but those of a teacher-only batch).</param>
/// <param name="Agreements">Of those, how many equal the teacher's label.</param>
internal readonly record struct RolloutSummary(IReadOnlyList<double> Returns, long Decisions, long StudentDecisions, long Agreements)
{
    public double MeanReturn => Returns.Count == 0 ? double.NaN : Returns.Average();

    public double Agreement => StudentDecisions == 0 ? double.NaN : Agreements / (double)StudentDecisions;
}
