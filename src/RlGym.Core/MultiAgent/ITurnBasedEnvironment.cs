namespace RlGym.Core.MultiAgent;

/// <summary>
/// PettingZoo's AEC (turn-based) view: one agent acts at a time. Read <see cref="AgentSelection"/>, call
/// <see cref="Last"/> for what it sees, then <see cref="Step"/> its action. An agent that is done must still be
/// stepped once (its action is ignored) to leave <see cref="Agents"/>.
/// </summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public interface ITurnBasedEnvironment<TObs, TAction> : IDisposable
{
    /// <summary>Every agent that can ever take part.</summary>
    IReadOnlyList<string> PossibleAgents { get; }

    /// <summary>The agents still to be stepped in this episode.</summary>
    IReadOnlyList<string> Agents { get; }

    /// <summary>The agent whose turn it is.</summary>
    string AgentSelection { get; }

    /// <summary>Starts an episode.</summary>
    void Reset(ulong? seed = null, EnvOptions? options = null);

    /// <summary>What the selected agent sees: its observation, the reward it gathered since it last acted, its flags and info.</summary>
    StepResult<TObs> Last();

    /// <summary>The selected agent's action; when it is done the action is ignored and the agent leaves.</summary>
    void Step(TAction action);

    /// <summary>The agents in turn order until none is left (at most <paramref name="maxTurns"/> turns).</summary>
    IEnumerable<string> AgentIter(int maxTurns = int.MaxValue);
}
