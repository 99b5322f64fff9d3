using RlGym.Envs.Doom.World;
using static RlGym.Envs.Doom.Tests.World.WorldHarness;

namespace RlGym.Envs.Doom.Tests.World;

/// <summary>The built-in scenarios' rules as ViZDoom's configurations and scenario documentation give them.</summary>
public sealed class ScenarioFidelityTests
{
    private static DoomWorld Start(DoomScenario scenario, ulong seed = 1)
    {
        var world = new DoomWorld(scenario, DoomMap.BuiltIn(scenario.Map));
        world.Reset(new RlGym.Core.Random.Rng(seed));
        world.SyncView();
        return world;
    }

    private static int Count(DoomWorld world, DoomObjectKind kind) => world.Objects.ToArray().Count(o => o.Kind == kind);

    [Fact]
    public void EveryScenarioHasItsConfigurationsButtonsInOrder()
    {
        Assert.Equal([DoomButton.MoveLeft, DoomButton.MoveRight, DoomButton.Attack], DoomScenarios.Basic.Buttons);
        Assert.Equal([DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.Attack], DoomScenarios.DefendTheLine.Buttons);
        Assert.Equal([DoomButton.MoveLeft, DoomButton.MoveRight], DoomScenarios.TakeCover.Buttons);
        Assert.Equal([DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.MoveForward], DoomScenarios.HealthGatheringSupreme.Buttons);
        Assert.Equal([DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.Attack], DoomScenarios.PredictPosition.Buttons);
        Assert.Equal(DoomScenarios.Basic.Buttons, DoomScenarios.SimplerBasic.Buttons);
        Assert.Equal(DoomScenarios.Basic.Buttons, DoomScenarios.RocketBasic.Buttons);
        Assert.Equal(11, DoomScenarios.All.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void BasicGivesTheFirstObservationAfterFourteenStartTics()
    {
        var world = Start(DoomScenarios.Basic);
        Assert.Equal(14, world.Tic);
        Assert.Equal(50, world.Player.Ammo);
        Assert.False(world.TimedOut);
        TickUntil(world, 0, 299, _ => false);
        Assert.False(world.TimedOut);
        world.Tick(0);
        Assert.True(world.TimedOut);
    }

    [Fact]
    public void DefendTheCenterHasThreeChainsawMarinesAndTwoDemonsThatRespawnAfterNinetyTics()
    {
        var world = Start(DoomScenarios.DefendTheCenter);
        Assert.Equal(3, Count(world, DoomObjectKind.ChainsawMarine));
        Assert.Equal(2, Count(world, DoomObjectKind.Demon));
        Assert.All(world.Objects.ToArray(), o => Assert.Equal(1, o.Health));
        Assert.Equal(26, world.Player.Ammo);
        int attack = Buttons(DoomButton.Attack), turn = Buttons(DoomButton.TurnLeft);
        int tic = 0;
        while (world.Player.KillCount == 0 && tic++ < 2000)
        {
            world.Tick(world.HitscanTarget(world.PlayerPosition.X, world.PlayerPosition.Y, Angles.Cos(world.PlayerAngle), Angles.Sin(world.PlayerAngle)) >= 0 ? attack : turn);
            world.SyncView();
        }
        Assert.Equal(1, world.Player.KillCount);
        int monsters = world.Objects.ToArray().Count(o => o.IsMonster);
        Assert.Equal(4, monsters);
        Assert.Equal(-1, TickUntil(world, 0, 89, w => w.Objects.ToArray().Count(o => o.IsMonster) > 4));
        world.Tick(0);
        world.SyncView();
        Assert.Equal(5, world.Objects.ToArray().Count(o => o.IsMonster));
    }

    [Fact]
    public void HealthGatheringStartsWithSixteenMedkitsAndDropsOneEveryThirtyTicsWithoutACap()
    {
        Assert.Null(DoomScenarios.HealthGathering.MaxMedkits);
        var world = Start(DoomScenarios.HealthGathering);
        Assert.Equal(16, Count(world, DoomObjectKind.Medkit));
        TickUntil(world, 0, 29, _ => false);
        Assert.Equal(29, world.Tic);
        Assert.Equal(16, Count(world, DoomObjectKind.Medkit));
        world.Tick(0);
        world.SyncView();
        Assert.Equal(17, Count(world, DoomObjectKind.Medkit));
        Assert.Equal(100, world.Player.Health);
        TickUntil(world, 0, 2, _ => false);
        Assert.Equal(92, world.Player.Health);
    }

    [Fact]
    public void DeadlyCorridorsMonstersStandStillDieToOneHitAndTheirShotsHurtDouble()
    {
        var world = Start(DoomScenarios.DeadlyCorridor);
        var monsters = world.Objects.ToArray().Where(o => o.IsMonster).ToArray();
        Assert.Equal(2, monsters.Count(o => o.Kind == DoomObjectKind.Zombieman));
        Assert.Equal(2, monsters.Count(o => o.Kind == DoomObjectKind.ShotgunGuy));
        Assert.Equal(2, monsters.Count(o => o.Kind == DoomObjectKind.ChaingunGuy));
        Assert.All(monsters, o => Assert.Equal(1, o.Health));
        Assert.InRange(TickUntil(world, Buttons(DoomButton.MoveForward), 200, w => w.Player.Health < 100), 1, 200);
        world.SyncView();
        Assert.Equal(monsters.Select(o => (o.X, o.Y)), world.Objects.ToArray().Where(o => o.IsMonster).Select(o => (o.X, o.Y)));
        Assert.Equal(0, (100 - world.Player.Health) % 2);
    }

    [Fact]
    public void DeadlyCorridorRewardsProgressAlongTheCorridorAndAThousandAtTheVest()
    {
        var scenario = DoomScenarios.DeadlyCorridor with { PlacedMonsterHealth = null, EpisodeStartTics = 0 };
        var world = Build("##########\n#>......V#\n##########\n", scenario);
        double x = world.Player.X, total = 0;
        TicResult result = default;
        for (int tic = 0; tic < 200 && !result.Terminated; tic++)
        {
            result = world.Tick(Buttons(DoomButton.MoveForward));
            total += result.Reward;
        }
        Assert.True(result.Terminated);
        Assert.Equal(world.Player.X - x + 1000, total, 6);
        Assert.False(world.Player.Dead);
    }

    [Fact]
    public void ARocketKillsByItsSplashAndHurtsThePlayerStandingClose()
    {
        var scenario = Scenario() with { Weapon = DoomWeapon.RocketLauncher, Spawns = [new DoomSpawn(DoomObjectKind.Zombieman, 1, Health: 20, Passive: true)] };
        // The monster stands beside the rocket's path, too far aside for a direct hit; the rocket bursts on the wall behind it.
        var world = Build("#########\n#.....z.#\n#>......#\n#########\n", scenario);
        Assert.Equal(1, Count(WithView(world), DoomObjectKind.Zombieman));
        world.Tick(Buttons(DoomButton.Attack));
        Assert.Equal(1, Count(WithView(world), DoomObjectKind.Rocket));
        Assert.InRange(TickUntil(world, 0, 40, w => Count(w, DoomObjectKind.Rocket) == 0), 1, 40);
        Assert.Equal(1, world.Player.KillCount);
        Assert.Equal(100, world.Player.Health);

        var close = Build("####\n#>.#\n####\n", Scenario() with { Weapon = DoomWeapon.RocketLauncher });
        close.Tick(Buttons(DoomButton.Attack));
        Assert.InRange(TickUntil(close, 0, 10, w => w.Player.Health < 100), 1, 10);
    }

    [Fact]
    public void PredictPositionsMonsterWalksAndTheEpisodeEndsWhenTheRocketIsSpent()
    {
        var world = Start(DoomScenarios.PredictPosition);
        var monster = Assert.Single(world.Objects.ToArray());
        Assert.Equal(DoomObjectKind.Zombieman, monster.Kind);
        world.Tick(0);
        world.SyncView();
        Assert.NotEqual(monster.X, world.Objects[0].X);
        Assert.Equal(monster.Y, world.Objects[0].Y);
        Assert.False(world.Tick(Buttons(DoomButton.Attack)).Terminated);
        Assert.Equal(0, world.Player.Ammo);
        int tics = 1;
        while (!world.Tick(0).Terminated)
        {
            world.SyncView();
            Assert.Contains(world.Objects.ToArray(), o => o.Kind == DoomObjectKind.Rocket);
            Assert.True(++tics < 60, "the rocket flies on for ever");
        }
        world.SyncView();
        Assert.DoesNotContain(world.Objects.ToArray(), o => o.Kind == DoomObjectKind.Rocket);
    }

    [Fact]
    public void TakeCoversImpsThrowFireballsThatHurtAndMoreImpsComeWithTime()
    {
        var world = Start(DoomScenarios.TakeCover);
        Assert.Equal(2, Count(world, DoomObjectKind.Imp));
        Assert.InRange(TickUntil(world, 0, 400, w => w.Objects.ToArray().Any(o => o.Kind == DoomObjectKind.Fireball)), 1, 400);
        Assert.InRange(TickUntil(world, 0, 2000, w => w.Player.Health < 100), 1, 2000);
        var fresh = Start(DoomScenarios.TakeCover);
        TickUntil(fresh, Buttons(DoomButton.MoveLeft), 349, _ => false);
        Assert.Equal(3, Count(fresh, DoomObjectKind.Imp));
    }

    [Fact]
    public void DefendTheLinesMonstersComeBackTougher()
    {
        var scenario = Scenario() with { Spawns = [new DoomSpawn(DoomObjectKind.Zombieman, 1, RespawnDelayTics: 5, Health: 1, Passive: true, RespawnHealthGain: 10)] };
        var world = Build("#######\n#>..z.#\n#######\n", scenario);
        world.Tick(Buttons(DoomButton.Attack));
        Assert.Equal(5, TickUntil(world, 0, 10, w => w.Objects.Length == 1));
        Assert.Equal(11, world.Objects[0].Health);
        Assert.Equal(10, DoomScenarios.DefendTheLine.Spawns[0].RespawnHealthGain);
    }

    private static DoomWorld WithView(DoomWorld world)
    {
        world.SyncView();
        return world;
    }
}
