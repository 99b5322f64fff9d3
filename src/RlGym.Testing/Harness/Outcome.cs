namespace RlGym.Testing.Harness;

/// <summary>What one Reset or Step call returned, in a shape shared by single-agent and parallel environments.</summary>
/// <param name="Call">The call as the trace shows it, such as <c>Step(2)</c>.</param>
/// <param name="IsReset">True for a reset.</param>
/// <param name="LiveAgents">The live agents after the call (empty for a single-agent environment).</param>
/// <param name="Agents">One entry per agent the call reported on (one entry named "" for a single-agent environment).</param>
/// <param name="ApiProblem">A breach of PettingZoo's parallel API rules this call showed, if any.</param>
internal sealed record Outcome(string Call, bool IsReset, IReadOnlyList<string> LiveAgents, IReadOnlyList<AgentOutcome> Agents, string? ApiProblem);
