using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Cluster.Hosting;

/// <summary>The environments and agents a silo's workers can make (the silo's built-ins and plugins).</summary>
/// <param name="Environments">The registered environments.</param>
/// <param name="Agents">The registered agents.</param>
public sealed record WorkerRegistries(EnvRegistry Environments, AgentRegistry Agents);
