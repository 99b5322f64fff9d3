namespace RlGym.Envs.Doom;

/// <summary>
/// The built-in scenarios, after ViZDoom's configuration files (buttons in their order, time-outs in tics, reward
/// shaping), on our own maps.
/// </summary>
public static class DoomScenarios
{
    /// <summary>
    /// <c>Doom/Basic-v0</c>: a cacodemon at a random spot along the far wall; step left or right and shoot it. One hit
    /// kills. +106 for the kill (which ends the episode), -5 a shot, -1 a tic; 300 tics.
    /// </summary>
    public static DoomScenario Basic { get; } = new()
    {
        Id = "Doom/Basic-v0",
        Map = "basic",
        Buttons = [DoomButton.MoveLeft, DoomButton.MoveRight, DoomButton.Attack],
        TimeoutTics = 300,
        LivingReward = -1,
        KillReward = 106,
        ShotReward = -5,
        StartAmmo = 50,
        Spawns = [new DoomSpawn(DoomObjectKind.Cacodemon, 1, Health: 1, Passive: true)],
        EndWhenMonstersDead = true,
        Description = "ViZDoom basic: step left/right and shoot the cacodemon; +106 kill, -5 a shot, -1 a tic, 300 tics.",
    };

    /// <summary>
    /// <c>Doom/DefendTheCenter-v0</c>: in the middle of a round arena, turn and shoot five demons that come from the
    /// wall and respawn a second after dying; 26 bullets, one shot kills. +1 a kill, -1 on death; 2100 tics.
    /// </summary>
    public static DoomScenario DefendTheCenter { get; } = new()
    {
        Id = "Doom/DefendTheCenter-v0",
        Map = "defend_the_center",
        Buttons = [DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.Attack],
        TimeoutTics = 2100,
        KillReward = 1,
        DeathReward = -1,
        StartAmmo = 26,
        Spawns = [new DoomSpawn(DoomObjectKind.Demon, 5, RespawnDelayTics: 35, Health: 1)],
        Description = "ViZDoom defend_the_center: turn and shoot demons from the middle of a round arena; +1 a kill, -1 death, 2100 tics.",
    };

    /// <summary>
    /// <c>Doom/HealthGathering-v0</c>: the acid floor takes 8 health every 32 tics; medkits (+25) lie around and one more
    /// drops every 40 tics. +1 a tic alive, -100 on death; 2100 tics.
    /// </summary>
    public static DoomScenario HealthGathering { get; } = new()
    {
        Id = "Doom/HealthGathering-v0",
        Map = "health_gathering",
        Buttons = [DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.MoveForward],
        TimeoutTics = 2100,
        LivingReward = 1,
        DeathReward = -100,
        FloorDamage = 8,
        FloorDamagePeriodTics = 32,
        InitialMedkits = 8,
        MedkitDropPeriodTics = 40,
        MaxMedkits = 16,
        AcidFloor = true,
        Description = "ViZDoom health_gathering: survive an acid floor by picking up medkits; +1 a tic alive, -100 death, 2100 tics.",
    };

    /// <summary>
    /// <c>Doom/MyWayHome-v0</c>: find the green armor vest through rooms of different colours from a random room.
    /// +1 at the vest (which ends the episode), -0.0001 a tic; 2100 tics.
    /// </summary>
    public static DoomScenario MyWayHome { get; } = new()
    {
        Id = "Doom/MyWayHome-v0",
        Map = "my_way_home",
        Buttons = [DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.MoveForward, DoomButton.MoveLeft, DoomButton.MoveRight],
        TimeoutTics = 2100,
        LivingReward = -0.0001,
        GoalReward = 1,
        EndAtGoal = true,
        Description = "ViZDoom my_way_home: find the vest through coloured rooms; +1 at the vest, -0.0001 a tic, 2100 tics.",
    };

    /// <summary>
    /// <c>Doom/DeadlyCorridor-v0</c>: reach the vest at the end of a corridor lined with shooters on skill 5. The reward
    /// is the change in distance to the vest (map units, positive when closer), -100 on death; 2100 tics.
    /// </summary>
    public static DoomScenario DeadlyCorridor { get; } = new()
    {
        Id = "Doom/DeadlyCorridor-v0",
        Map = "deadly_corridor",
        Buttons =
        [
            DoomButton.MoveLeft, DoomButton.MoveRight, DoomButton.Attack, DoomButton.MoveForward,
            DoomButton.MoveBackward, DoomButton.TurnLeft, DoomButton.TurnRight,
        ],
        TimeoutTics = 2100,
        DeathReward = -100,
        ProgressReward = 1,
        EndAtGoal = true,
        StartAmmo = 52,
        Skill = 5,
        FixedStart = true,
        Description = "ViZDoom deadly_corridor: reach the vest past shooters; +/- distance gained, -100 death, 2100 tics.",
    };

    /// <summary>Every built-in scenario.</summary>
    public static IReadOnlyList<DoomScenario> All { get; } = [Basic, DefendTheCenter, HealthGathering, MyWayHome, DeadlyCorridor];
}
