using RlGym.Core.Spaces;

namespace RlGym.Testing.Harness;

/// <summary>One space an environment exposes and how to ask for it again.</summary>
/// <param name="Role">What the space is, such as "observation space" or "action space of agent 'cat'".</param>
/// <param name="Get">Asks the environment for the space.</param>
internal sealed record SpaceAccessor(string Role, Func<ISpace?> Get);
