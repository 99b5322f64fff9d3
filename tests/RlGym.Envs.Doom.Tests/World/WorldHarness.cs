using RlGym.Core.Random;
using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Tests.World;

/// <summary>Builds a world from map text and a few scenario settings, for rule tests.</summary>
internal static class WorldHarness
{
    public static DoomScenario Scenario(params DoomButton[] buttons) => new()
    {
        Id = "Doom/Test-v0",
        Map = "test",
        Buttons = buttons.Length == 0 ? [DoomButton.Attack] : buttons,
        StartAmmo = 10,
        KillReward = 1,
    };

    public static DoomWorld Build(string map, DoomScenario scenario, ulong seed = 1)
    {
        var world = new DoomWorld(scenario, DoomMap.Parse(map, "test.map"));
        world.Reset(new Rng(seed));
        return world;
    }

    public static int Buttons(params DoomButton[] held) => held.Aggregate(0, (mask, b) => mask | (1 << (int)b));

    /// <summary>Ticks until <paramref name="done"/> holds, at most <paramref name="tics"/> times; returns the tics taken or -1.</summary>
    public static int TickUntil(DoomWorld world, int buttons, int tics, Func<DoomWorld, bool> done)
    {
        for (int tic = 1; tic <= tics; tic++)
        {
            world.Tick(buttons);
            world.SyncView();
            if (done(world))
            {
                return tic;
            }
        }
        return -1;
    }
}
