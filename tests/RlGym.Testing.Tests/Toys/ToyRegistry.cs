using RlGym.Core;
using RlGym.Core.Registry;

namespace RlGym.Testing.Tests.Toys;

/// <summary>A registry of the toy environments, correct and flawed, as an environment package would register them.</summary>
public static class ToyRegistry
{
    public static EnvRegistry Create()
    {
        var registry = new EnvRegistry();
        registry.Register(
            new EnvSpec("Corridor-v0") { MaxEpisodeSteps = 40, RenderModes = [RenderMode.Ansi, RenderMode.RgbArray], Description = "walk to the goal" },
            context => new Corridor(context.RenderMode));
        registry.Register(new EnvSpec("Drift-v0") { MaxEpisodeSteps = 50 }, _ => new Drift());
        registry.RegisterParallel(new EnvSpec("Relay-v0") { RenderModes = [RenderMode.Ansi] }, context => new Relay(context.RenderMode));
        registry.Register(new EnvSpec("CorridorThreeZeros-v0"), _ => new Corridor(flaw: CorridorFlaw.ObservationLeavesSpaceAfterThreeZeros));
        registry.Register(new EnvSpec("CorridorOrdered-v0"), _ => new Corridor(flaw: CorridorFlaw.NoErrorBeforeReset));
        registry.Register(new EnvSpec("CorridorUnordered-v0") { OrderEnforce = false }, _ => new Corridor(flaw: CorridorFlaw.NoErrorBeforeReset));
        registry.Register(
            new EnvSpec("CorridorChaotic-v0") { Nondeterministic = true, Description = "draws its start from entropy" },
            _ => new Corridor(flaw: CorridorFlaw.IgnoresResetSeed));
        registry.Register(
            new EnvSpec("CorridorWrongFrame-v0") { RenderModes = [RenderMode.Ansi] },
            context => new Corridor(context.RenderMode, CorridorFlaw.RenderWrongType));
        registry.RegisterParallel(new EnvSpec("RelayRevives-v0"), _ => new Relay(flaw: RelayFlaw.RevivesFinishedRunner));
        return registry;
    }
}
