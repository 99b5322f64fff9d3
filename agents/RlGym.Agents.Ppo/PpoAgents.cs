using RlGym.Agents.Ppo.Agents;
using RlGym.Core.Agents;

namespace RlGym.Agents.Ppo;

/// <summary>Registers the <c>ppo</c> agent (<c>ppo:PATH</c>, <c>ppo:PATH,sample</c>): a policy trained by <see cref="PpoTrainer"/>.</summary>
public static class PpoAgents
{
    /// <summary>Adds the <c>ppo</c> agent to <paramref name="agents"/>.</summary>
    public static void Register(AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        agents.Register(new PpoAgentFactory());
    }
}
