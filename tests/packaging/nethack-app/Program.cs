using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.NetHack;

// Plays up to 50 seeded random steps of NetHackScore-v0 from the package: it fails unless the package put the NetHack
// bridge and the game built from source where the environment looks for them.
var registry = new EnvRegistry();
NetHackEnvironments.Register(registry, new AgentRegistry());
using var env = registry.Make<IReadOnlyDictionary<string, object>, int>("NetHackScore-v0");
env.Reset(seed: 7);
env.ActionSpace.Seed(7);
int steps = 0;
bool ended = false;
while (steps < 50 && !ended)
{
    var step = env.Step(env.ActionSpace.Sample());
    ended = step.Terminated || step.Truncated;
    steps++;
}
Console.WriteLine($"NetHackScore-v0 from the package: {steps} steps played");
