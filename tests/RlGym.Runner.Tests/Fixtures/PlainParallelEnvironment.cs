using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>A parallel environment seen through plain <c>Reset</c> and <c>Step</c> only: hides any allocation-free path of the one it wraps.</summary>
internal sealed class PlainParallelEnvironment<TObs, TAction>(IParallelEnvironment<TObs, TAction> inner) : IParallelEnvironment<TObs, TAction>, IWrapper
{
    public IDisposable InnerEnvironment => inner;

    public EnvSpec? Spec => inner.Spec;

    public IReadOnlyList<string> PossibleAgents => inner.PossibleAgents;

    public IReadOnlyList<string> Agents => inner.Agents;

    public RenderMode RenderMode => inner.RenderMode;

    public ISpace<TObs> ObservationSpace(string agent) => inner.ObservationSpace(agent);

    public ISpace<TAction> ActionSpace(string agent) => inner.ActionSpace(agent);

    public ParallelResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null) => inner.Reset(seed, options);

    public ParallelStepResult<TObs> Step(IReadOnlyDictionary<string, TAction> actions) => inner.Step(actions);

    public Frame? Render() => inner.Render();

    public void Dispose() => inner.Dispose();
}
