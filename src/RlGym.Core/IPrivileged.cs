namespace RlGym.Core;

/// <summary>
/// An environment that lets a teacher read its exact internal state. Teachers reach this interface
/// explicitly (see <see cref="EnvironmentExtensions.TryGetPrivileged{TState}"/>); it never appears in a
/// student's observation.
/// </summary>
/// <typeparam name="TState">The environment's public state type.</typeparam>
public interface IPrivileged<out TState>
{
    /// <summary>The current internal state (a snapshot or a read-only view, as the environment documents).</summary>
    TState PrivilegedState { get; }
}
