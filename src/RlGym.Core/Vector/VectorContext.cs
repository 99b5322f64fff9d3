using RlGym.Core.Registry;

namespace RlGym.Core.Vector;

/// <summary>What a native vector factory receives.</summary>
/// <param name="Spec">The registration.</param>
/// <param name="Options">The merged options (without <c>max_episode_steps</c>).</param>
/// <param name="Count">How many environments.</param>
/// <param name="MaxEpisodeSteps">The time limit to apply, if any.</param>
/// <param name="Autoreset">The autoreset mode asked for.</param>
public sealed record VectorContext(EnvSpec Spec, EnvOptions Options, int Count, int? MaxEpisodeSteps, AutoresetMode Autoreset);
