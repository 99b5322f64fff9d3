using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;

namespace RlGym.Agents.Ppo.Agents;

/// <summary>A PPO policy acting in one game (greedy, or drawing from the policy with a generator reseeded each episode).</summary>
internal sealed class PpoAgent<TObs, TAction>(string name, PolicyActor<TObs, TAction> actor, bool sample) : IAgent<TObs, TAction>, IDisposable
{
    private readonly TObs[] _observation = new TObs[1];
    private readonly TAction[] _action = new TAction[1];
    private readonly Rng? _rng = sample ? new Rng(0) : null;

    public string Name => name;

    public void BeginEpisode(ulong seed)
    {
        _rng?.Reseed(seed);
        actor.BeginEpisodes();
    }

    public TAction Act(TObs observation)
    {
        _observation[0] = observation;
        actor.Act(_observation, default, _action, _rng);
        return _action[0];
    }

    public void Observe(in Transition<TObs, TAction> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }

    public void Dispose() => actor.Dispose();
}
