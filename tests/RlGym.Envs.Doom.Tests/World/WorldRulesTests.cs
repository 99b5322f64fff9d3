using RlGym.Envs.Doom.World;
using static RlGym.Envs.Doom.Tests.World.WorldHarness;

namespace RlGym.Envs.Doom.Tests.World;

public sealed class WorldRulesTests
{
    private static readonly DoomScenario OneShotTarget = Scenario() with
    {
        Spawns = [new DoomSpawn(DoomObjectKind.Zombieman, 1, Health: 1, Passive: true)],
    };

    [Fact]
    public void HitscanKillsAMonsterInLineOfSight()
    {
        var world = Build("#######\n#>..z.#\n#######\n", OneShotTarget);
        var result = world.Tick(Buttons(DoomButton.Attack));
        world.SyncView();
        Assert.Equal(1, world.Player.KillCount);
        Assert.Equal(9, world.Player.Ammo);
        Assert.Equal(1, result.Reward);
        Assert.DoesNotContain(world.Objects.ToArray(), o => o.IsMonster);
    }

    [Fact]
    public void HitscanDoesNotGoThroughWalls()
    {
        var world = Build("#########\n#>..#.z.#\n#########\n", OneShotTarget);
        world.Tick(Buttons(DoomButton.Attack));
        world.SyncView();
        Assert.Equal(0, world.Player.HitCount);
        Assert.Equal(9, world.Player.Ammo);
        Assert.Single(world.Objects.ToArray(), o => o.IsMonster);
    }

    [Fact]
    public void ThePistolRefiresOnlyAfterItsDelay()
    {
        var world = Build("#######\n#>....#\n#######\n", Scenario());
        int attack = Buttons(DoomButton.Attack);
        for (int tic = 0; tic < DoomWorld.PistolRefireTics; tic++)
        {
            world.Tick(attack);
        }
        Assert.Equal(9, world.Player.Ammo);
        world.Tick(attack);
        Assert.Equal(8, world.Player.Ammo);
    }

    [Fact]
    public void WalkingOntoAMedkitHealsAndRemovesIt()
    {
        var scenario = Scenario(DoomButton.MoveForward) with { StartHealth = 50 };
        var world = Build("######\n#>+..#\n######\n", scenario);
        int tics = TickUntil(world, Buttons(DoomButton.MoveForward), 35, w => w.Player.Health != 50);
        Assert.InRange(tics, 1, 35);
        Assert.Equal(75, world.Player.Health);
        Assert.Empty(world.Objects.ToArray());
    }

    [Fact]
    public void AFullHealthPlayerLeavesMedkitsLying()
    {
        var world = Build("######\n#>+..#\n######\n", Scenario(DoomButton.MoveForward));
        TickUntil(world, Buttons(DoomButton.MoveForward), 35, _ => false);
        Assert.Equal(100, world.Player.Health);
        Assert.Single(world.Objects.ToArray());
    }

    [Fact]
    public void AMonsterThatReachesThePlayerHurtsIt()
    {
        var world = Build("########\n#>..D..#\n########\n", Scenario());
        int tics = TickUntil(world, 0, 140, w => w.Player.Health < 100);
        Assert.InRange(tics, 1, 140);
    }

    [Fact]
    public void AMonsterBehindAWallNeverWakes()
    {
        var world = Build("#########\n#>..#.Z.#\n#########\n", Scenario());
        Assert.Equal(-1, TickUntil(world, 0, 300, w => w.Player.Health < 100 || w.Objects[0].X != w.Map.Placements[0].CellX * 64 + 32));
    }

    [Fact]
    public void WallsStopThePlayer()
    {
        var world = Build("#####\n#>..#\n#####\n", Scenario(DoomButton.MoveForward));
        TickUntil(world, Buttons(DoomButton.MoveForward), 200, _ => false);
        double stop = 4 * DoomMap.CellSize - DoomPlayer.Radius;
        Assert.InRange(world.Player.X, stop - 1, stop);
    }

    [Fact]
    public void AcidFloorKillsAndDeathTerminatesWithThePenalty()
    {
        var scenario = Scenario() with { FloorDamage = 50, FloorDamagePeriodTics = 10, DeathReward = -100, LivingReward = 1 };
        var world = Build("#####\n#>..#\n#####\n", scenario);
        TicResult last = default;
        for (int tic = 0; tic < 20; tic++)
        {
            last = world.Tick(0);
        }
        Assert.True(last.Terminated);
        Assert.Equal(-100, last.Reward);
        Assert.True(world.Player.Dead);
    }

    [Fact]
    public void TurningLeftTurnsAnticlockwiseByDoomsAngleturn()
    {
        var world = Build("#####\n#>..#\n#####\n", Scenario(DoomButton.TurnLeft));
        world.Tick(Buttons(DoomButton.TurnLeft));
        Assert.Equal(640.0 * 65536 / 4294967296.0 * 360, world.Player.Angle, 9);
    }

    [Fact]
    public void TheSameSeedGivesTheSameSpawns()
    {
        var scenario = DoomScenarios.DefendTheCenter;
        var map = DoomMap.BuiltIn("defend_the_center");
        DoomObject[] Spawned(ulong seed)
        {
            var world = new DoomWorld(scenario, map);
            world.Reset(new RlGym.Core.Random.Rng(seed));
            return world.Objects.ToArray();
        }
        Assert.Equal(Spawned(5), Spawned(5));
        Assert.NotEqual(Spawned(5), Spawned(6));
        Assert.Equal(5, Spawned(5).Length);
    }

    [Fact]
    public void AShooterInSightHurtsThePlayerFromAfar()
    {
        var world = Build("######\n#>..Z#\n######\n", Scenario());
        Assert.InRange(TickUntil(world, 0, 1000, w => w.Player.Health < 100), 1, 1000);
        Assert.Equal(4.5 * DoomMap.CellSize, world.Objects[0].X);
    }

    [Fact]
    public void KilledMonstersRespawnAfterTheirDelay()
    {
        var scenario = Scenario() with { Spawns = [new DoomSpawn(DoomObjectKind.Zombieman, 1, RespawnDelayTics: 10, Health: 1, Passive: true)] };
        var world = Build("#######\n#>..z.#\n#######\n", scenario);
        world.Tick(Buttons(DoomButton.Attack));
        world.SyncView();
        Assert.Empty(world.Objects.ToArray());
        Assert.Equal(10, TickUntil(world, 0, 20, w => w.Objects.Length == 1));
    }

    [Fact]
    public void MedkitsDropOnFloorCellsUpToTheLimit()
    {
        var scenario = Scenario() with { InitialMedkits = 2, MedkitDropPeriodTics = 5, MaxMedkits = 4 };
        var world = Build("######\n#>...#\n#....#\n######\n", scenario);
        Assert.Equal(2, world.Objects.Length);
        TickUntil(world, 0, 100, _ => false);
        Assert.Equal(4, world.Objects.Length);
        Assert.All(world.Objects.ToArray(), o => Assert.False(world.Map.IsWallAt(o.X, o.Y)));
    }

    [Fact]
    public void BasicsMonsterDiesToOneHitAndNeverMoves()
    {
        var world = new DoomWorld(DoomScenarios.Basic, DoomMap.BuiltIn("basic"));
        world.Reset(new RlGym.Core.Random.Rng(3));
        world.SyncView();
        var monster = Assert.Single(world.Objects.ToArray());
        Assert.Equal(DoomObjectKind.Cacodemon, monster.Kind);
        Assert.Equal(1, monster.Health);
        Assert.Equal(-1, TickUntil(world, 0, 50, w => w.Objects[0].X != monster.X || w.Objects[0].Y != monster.Y));
    }
}
