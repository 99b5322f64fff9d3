using RlGym.Core.MultiAgent;

namespace RlGym.Core.Registry;

/// <summary>
/// Receives a made environment with its static types, so tools written once (the CLI, the invariant kit,
/// the runner) handle any registered environment without reflection or boxing.
/// </summary>
/// <typeparam name="TResult">What the visit produces.</typeparam>
public interface IEnvironmentVisitor<out TResult>
{
    /// <summary>Called with a single-agent environment.</summary>
    TResult Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment);

    /// <summary>Called with a multi-agent (parallel) environment.</summary>
    TResult VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment);
}
