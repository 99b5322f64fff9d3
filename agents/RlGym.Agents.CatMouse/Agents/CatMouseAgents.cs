using RlGym.Core.Agents;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>
/// Registers the checkpointed cat-and-mouse brains as agents:
/// <list type="bullet">
/// <item><c>lstm:PATH</c>: an LSTM brain (<see cref="Lstm.LstmBrainFile"/>);</item>
/// <item><c>elman:PATH</c>: the seed's Elman brain (<see cref="Elman.ElmanCheckpoint"/>).</item>
/// </list>
/// Both act in CatMouse-v0 as the mouse (Discrete(4) ints, or compass readings with <c>actions=compass</c>) and in
/// CatMouseDuel-v0 as the role they were trained for; asking a brain to play the other role is an
/// <see cref="ArgumentException"/>, as are a missing path; a missing file is a <see cref="FileNotFoundException"/> and a
/// damaged one an <see cref="InvalidDataException"/>, each naming the path.
/// </summary>
public static class CatMouseAgents
{
    /// <summary>Adds the <c>lstm</c> and <c>elman</c> agents to <paramref name="agents"/>.</summary>
    public static void Register(AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        agents.Register(new LstmAgentFactory());
        agents.Register(new ElmanAgentFactory());
    }
}
