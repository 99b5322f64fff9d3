using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Envs.NetHack.Tests;

/// <summary>
/// Plays one action throughout and calls <paramref name="sabotage"/> (kill the game, hang it, make it crash) just
/// before acting at <paramref name="step"/> of <paramref name="episode"/>, for the tests of aborted episodes.
/// </summary>
internal sealed class SabotagingAgent(int action, int episode, int step, Action sabotage) : IAgent<IReadOnlyDictionary<string, object>, int>
{
    private int _episode = -1;
    private int _step;

    public string Name => "sabotaging";

    public void BeginEpisode(ulong seed)
    {
        _episode++;
        _step = 0;
    }

    public int Act(IReadOnlyDictionary<string, object> observation)
    {
        if (_episode == episode && _step++ == step)
        {
            sabotage();
        }
        return action;
    }

    public void Observe(in Transition<IReadOnlyDictionary<string, object>, int> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }
}
