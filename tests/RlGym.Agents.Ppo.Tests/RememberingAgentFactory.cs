using System.Diagnostics.CodeAnalysis;
using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Agents.Ppo.Tests;

/// <summary>
/// <c>remembering</c>: a demonstrator for <see cref="MemoryEnvironment"/> that keeps the side the first observation shows
/// and plays it every step of the episode (return 3, where no memoryless policy earns more than 1.5).
/// </summary>
internal sealed class RememberingAgentFactory : IAgentFactory
{
    public const string SpecName = "remembering";

    public string Name => SpecName;

    public string Description => "Plays the side Test/Memory-v0 showed first, all episode.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        agent = new Remembering() as IAgent<TObs, TAction>;
        whyNot = agent is null ? "it plays float[] observations and int actions" : null;
        return agent is not null;
    }

    private sealed class Remembering : IAgent<float[], int>
    {
        private int _side = -1;

        public string Name => SpecName;

        public void BeginEpisode(ulong seed) => _side = -1;

        public int Act(float[] observation)
        {
            if (_side < 0)
            {
                _side = Array.IndexOf(observation, 1f);
            }
            return _side;
        }

        public void Observe(in Transition<float[], int> transition)
        {
        }

        public void EndEpisode(in EpisodeStats stats)
        {
        }
    }
}
