using RlGym.Core;
using RlGym.Core.Registry;

namespace RlGym.Testing.Harness;

/// <summary>Makes fresh sessions of the environment under test, one per property run, in any of its render modes.</summary>
internal sealed class EnvironmentHarness(string name, EnvSpec? spec, IReadOnlyList<RenderMode> renderModes, Func<RenderMode, EnvironmentSession> open)
{
    /// <summary>The environment's id or type name, for the report.</summary>
    public string Name { get; } = name;

    /// <summary>The environment's spec, if it has one.</summary>
    public EnvSpec? Spec { get; } = spec;

    /// <summary>The render modes to check, <see cref="RenderMode.None"/> first.</summary>
    public IReadOnlyList<RenderMode> RenderModes { get; } = renderModes;

    /// <summary>Makes a fresh environment in <paramref name="mode"/>.</summary>
    public EnvironmentSession Open(RenderMode mode = RenderMode.None) => open(mode);
}
