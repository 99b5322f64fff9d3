namespace RlGym.Runner.Arena;

/// <summary>One arena episode between the agents of a pairing.</summary>
/// <param name="Pairing">The pairing's index: <c>a * AgentsB.Count + b</c>.</param>
/// <param name="Episode">The episode's index within the pairing (0 to Episodes - 1).</param>
/// <param name="ReturnA">Role A's undiscounted return.</param>
/// <param name="ReturnB">Role B's undiscounted return.</param>
/// <param name="Steps">Environment steps played.</param>
/// <param name="Terminated">True when the episode ended by termination (in the duel: a catch), false when truncated.</param>
public readonly record struct ArenaEpisode(int Pairing, int Episode, double ReturnA, double ReturnB, int Steps, bool Terminated)
{
    /// <summary>Role A's match score: 1 when its return is the larger, 0 when the smaller, 0.5 when they are equal.</summary>
    public double ScoreA => ReturnA > ReturnB ? 1.0 : ReturnA < ReturnB ? 0.0 : 0.5;
}
