namespace RlGym.Core.Registry;

/// <summary>
/// Makes an environment for a registration and hands it to a visitor. Implement this (rather than passing
/// a lambda) when the observation or action type depends on the options, as with CatMouse's compass actions.
/// </summary>
public interface IEnvironmentFactory
{
    /// <summary>Makes the environment described by <paramref name="context"/> and passes it to <paramref name="visitor"/>.</summary>
    TResult Create<TResult>(EnvContext context, IEnvironmentVisitor<TResult> visitor);
}
