using System.Globalization;
using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Agents.Ppo;

/// <summary>
/// Where a PPO run starts (<c>--init SPEC</c>): behaviour cloning of any agent that acts in the environment (for the
/// learning role), such as an imitation-trained brain (<c>lstm:PATH</c>, <c>elman:PATH</c>, the Doom student) or a
/// teacher. The brains are recurrent or shaped otherwise than PPO's network, so their weights cannot be copied over;
/// instead the demonstrator plays <see cref="Steps"/> environment steps in copies of its own and PPO's actor learns
/// its actions (and the critic its returns, scaled as PPO scales them when rewards are normalised) for
/// <see cref="Epochs"/> passes before the first rollout.
/// </summary>
/// <param name="Agents">Where the spec is resolved.</param>
/// <param name="Spec">The demonstrator: any agent spec that fits the environment and role.</param>
public sealed record PpoInit(AgentRegistry Agents, string Spec)
{
    /// <summary>Environment steps the demonstrator plays (default 20,000).</summary>
    public long Steps { get; init; } = 20_000;

    /// <summary>Passes of behaviour cloning over the demonstrations (default 50).</summary>
    public int Epochs { get; init; } = 50;

    /// <summary>Checks the values; a bad one is a <see cref="UserInputException"/> naming it and its range.</summary>
    public PpoInit Validate()
    {
        if (string.IsNullOrWhiteSpace(Spec))
        {
            throw new UserInputException("Option '--init' is empty; expected an agent spec such as lstm:PATH or teacher.");
        }
        if (Steps is < 1 or > 100_000_000)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"Option '--init-steps' is {Steps}; expected 1 to 100,000,000 environment steps."));
        }
        if (Epochs is < 1 or > 1000)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"Behaviour cloning's epochs are {Epochs}; expected 1 to 1,000."));
        }
        return this;
    }
}
