using System.Globalization;
using RlGym.Core.Agents;
using RlGym.Core.Registry;

// Arena blocks: [LANES]. Rollout steps: rollout ENV COPIES [STEPS].
if (args.Length > 0 && args[0] == "rollout")
{
    var environments = new EnvRegistry();
    var agents = new AgentRegistry();
    RlGym.Envs.CatMouse.CatMouseEnvironments.Register(environments, agents);
    RlGym.Envs.NetHack.NetHackEnvironments.Register(environments, agents);
    return RlGym.Bench.Cluster.RolloutWireReport.Run(environments, args[1], int.Parse(args[2], CultureInfo.InvariantCulture),
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200);
}
return RlGym.Bench.Cluster.ClusterWireReport.Run(args);
