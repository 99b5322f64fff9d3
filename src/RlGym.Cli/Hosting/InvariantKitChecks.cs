using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Cli.Hosting;

/// <summary>The invariant kit of RlGym.Testing.</summary>
internal sealed class InvariantKitChecks : IEnvironmentChecks
{
    public CheckReport Check(EnvRegistry environments, string id, CheckOptions options) => EnvironmentChecker.Check(environments, id, options);
}
