using RlGym.Core.Agents;
using RlGym.Core.Random;

namespace RlGym.Agents.Ppo.Agents;

/// <summary>A PPO policy playing one game per lane with one forward pass per step.</summary>
internal sealed class PpoBatchAgent<TObs, TAction>(string name, PolicyActor<TObs, TAction> actor, bool sample) : IBatchAgent<TObs, TAction>
{
    private readonly Rng? _rng = sample ? new Rng(0) : null;

    public string Name => name;

    public int Lanes => actor.Lanes;

    public void BeginEpisodes(ReadOnlySpan<ulong> seeds)
    {
        if (seeds.Length != Lanes)
        {
            throw new ArgumentException($"Batch agent '{Name}' plays {Lanes} lanes; got {seeds.Length} seeds.", nameof(seeds));
        }
        _rng?.Reseed(seeds[0]);
        actor.BeginEpisodes();
    }

    public void Act(ReadOnlySpan<TObs> observations, Span<TAction> actions) => actor.Act(observations, default, actions, _rng);

    public void Dispose() => actor.Dispose();
}
