using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Cli.Hosting;

/// <summary>What <c>rlgym check</c> runs; a service so that the command can be tested apart from the kit.</summary>
internal interface IEnvironmentChecks
{
    CheckReport Check(EnvRegistry environments, string id, CheckOptions options);
}
