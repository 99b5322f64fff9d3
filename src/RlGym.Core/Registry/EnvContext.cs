namespace RlGym.Core.Registry;

/// <summary>What a factory receives when the registry makes an environment.</summary>
/// <param name="Spec">The registration being made.</param>
/// <param name="Options">The spec's default options with the caller's laid over them.</param>
/// <param name="RenderMode">The render mode asked for.</param>
public sealed record EnvContext(EnvSpec Spec, EnvOptions Options, RenderMode RenderMode);
