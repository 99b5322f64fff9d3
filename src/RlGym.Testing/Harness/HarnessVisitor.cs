using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;

namespace RlGym.Testing.Harness;

/// <summary>
/// Learns a registered environment's static types from the one <see cref="EnvRegistry.Make{TResult}"/> hands it,
/// disposes that one, and returns a harness that makes fresh ones of the same types, wrapped as <c>Make</c> wraps them.
/// </summary>
internal sealed class HarnessVisitor(EnvRegistry registry, string id, EnvOptions? options) : IEnvironmentVisitor<EnvironmentHarness>
{
    public EnvironmentHarness Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
    {
        environment.Dispose();
        EnvSpec spec = registry.Spec(id);
        return new EnvironmentHarness(id, spec, RenderModes(spec.RenderModes),
            mode => new SingleAgentSession<TObs, TAction>(registry.Make<TObs, TAction>(id, options, mode)));
    }

    public EnvironmentHarness VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
    {
        environment.Dispose();
        EnvSpec spec = registry.Spec(id);
        return new EnvironmentHarness(id, spec, RenderModes(spec.RenderModes),
            mode => new ParallelSession<TObs, TAction>(registry.MakeParallel<TObs, TAction>(id, options, mode)));
    }

    /// <summary><see cref="RenderMode.None"/> followed by the other modes, each once.</summary>
    public static IReadOnlyList<RenderMode> RenderModes(IEnumerable<RenderMode> declared) =>
        [RenderMode.None, .. declared.Where(m => m != RenderMode.None).Distinct()];
}
