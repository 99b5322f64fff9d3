using RlGym.Core.Spaces;

namespace RlGym.Core.Agents;

/// <summary>Samples uniformly from the action space; <see cref="BeginEpisode"/> reseeds the space so runs repeat.</summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class RandomAgent<TObs, TAction> : IAgent<TObs, TAction>
{
    private readonly ISpace<TAction> _actions;

    /// <summary>Creates the agent over <paramref name="actionSpace"/>.</summary>
    public RandomAgent(ISpace<TAction> actionSpace) => _actions = actionSpace ?? throw new ArgumentNullException(nameof(actionSpace));

    /// <inheritdoc />
    public string Name => "random";

    /// <inheritdoc />
    public void BeginEpisode(ulong seed) => _actions.Seed(seed);

    /// <inheritdoc />
    public TAction Act(TObs observation) => _actions.Sample();

    /// <inheritdoc />
    public void Observe(in Transition<TObs, TAction> transition)
    {
    }

    /// <inheritdoc />
    public void EndEpisode(in EpisodeStats stats)
    {
    }
}
