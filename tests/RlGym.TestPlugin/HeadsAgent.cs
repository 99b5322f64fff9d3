using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.TestPlugin;

/// <summary>Always plays action 0.</summary>
internal sealed class HeadsAgent<TObs, TAction> : IAgent<TObs, TAction>
{
    public string Name => "heads";

    public void BeginEpisode(ulong seed)
    {
    }

    public TAction Act(TObs observation) => default!;

    public void Observe(in Transition<TObs, TAction> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }
}
