namespace RlGym.Core.Agents;

/// <summary>
/// Something that acts in an environment: a scripted baseline, a teacher, or a learner. The runner calls
/// <see cref="BeginEpisode"/>, then <see cref="Act"/> and <see cref="Observe"/> for every step, then <see cref="EndEpisode"/>.
/// </summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public interface IAgent<TObs, TAction>
{
    /// <summary>A short name for tables and logs (usually the spec string it was made from).</summary>
    string Name { get; }

    /// <summary>Starts an episode; recurrent state resets here and <paramref name="seed"/> reseeds any randomness.</summary>
    void BeginEpisode(ulong seed);

    /// <summary>The action for <paramref name="observation"/>.</summary>
    TAction Act(TObs observation);

    /// <summary>What followed the last action; learners learn here, others ignore it.</summary>
    void Observe(in Transition<TObs, TAction> transition);

    /// <summary>Ends the episode with its summary.</summary>
    void EndEpisode(in EpisodeStats stats);
}
