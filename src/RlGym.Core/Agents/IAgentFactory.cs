using System.Diagnostics.CodeAnalysis;

namespace RlGym.Core.Agents;

/// <summary>
/// Makes agents named by a spec string's name (the part before the colon). Several factories may share a name
/// (each environment's <c>teacher</c>); the registry uses the first that fits the environment.
/// </summary>
public interface IAgentFactory
{
    /// <summary>The name in spec strings, such as "random" or "lstm".</summary>
    string Name { get; }

    /// <summary>One line for <c>rlgym list</c>.</summary>
    string Description { get; }

    /// <summary>
    /// Makes the agent when it fits <paramref name="context"/>; otherwise returns false with the reason in
    /// <paramref name="whyNot"/> (shown to the user when no factory fits).
    /// </summary>
    /// <exception cref="ArgumentException">When it fits but the argument is bad (a missing checkpoint, say): the message names the value.</exception>
    bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot);

    /// <summary>
    /// The environment options the agent named by <paramref name="argument"/> needs in <paramref name="environmentId"/>:
    /// the view it was trained in, as its checkpoint records it (a Doom student's <c>resolution</c>,
    /// <c>screen_format</c> and <c>frame_skip</c>; a cat-and-mouse brain's <c>width</c> and <c>height</c>). The default
    /// needs nothing (<see cref="EnvOptions.Empty"/>).
    /// <para>
    /// This is how a checkpoint's view is applied everywhere an agent spec is taken: before the environment is made,
    /// <c>rlgym run</c>, <c>rlgym arena</c> and the runners behind them ask the factory of every agent in the run
    /// (<see cref="AgentRegistry.RequiredOptions"/>) and merge the answers into the environment's options
    /// (<see cref="EnvOptions.WithRequired"/>): a key the user did not give is set to the trained value, a key given
    /// with another value is refused in one line naming the key, the given value and the trained value. So an agent
    /// never plays silently in a view it was not trained for.
    /// </para>
    /// <para>
    /// Implement it in any factory whose agents come from checkpoints that fix the environment (a learner that records
    /// the environment id and options it trained with returns those options when <paramref name="environmentId"/> is
    /// that id). Return <see cref="EnvOptions.Empty"/> for an environment the agent would not fit (its
    /// <see cref="TryCreate"/> then says why), and only option keys that environment reads. It is called before the
    /// environment exists, so it reads only the checkpoint.
    /// </para>
    /// </summary>
    /// <param name="environmentId">The registered id of the environment about to be made.</param>
    /// <param name="argument">What followed the colon in the spec string (a checkpoint path, say); null when nothing did.</param>
    /// <exception cref="FileNotFoundException">When the checkpoint named by <paramref name="argument"/> does not exist.</exception>
    /// <exception cref="InvalidDataException">When the checkpoint is damaged.</exception>
    EnvOptions RequiredOptions(string environmentId, string? argument) => EnvOptions.Empty;
}
