namespace RlGym.Envs.Doom;

/// <summary>
/// The built-in scenarios, after ViZDoom's: buttons in their configuration-file order, time-outs, living rewards,
/// death penalties, skill and start tics from each scenario's <c>.cfg</c>; what the scenario's script (inside its
/// WAD) does, from ViZDoom's scenario documentation (the README) or, where it names numbers the README lacks, from
/// the review recorded in issue 14. Each scenario says which source each behaviour follows. Maps are our own.
/// Every time-out truncates (ViZDoom reports it as termination; see <see cref="DoomScenario"/>). Game variables
/// (the observation's <c>gamevariables</c>) are each cfg's <c>available_game_variables</c>.
/// </summary>
public static class DoomScenarios
{
    /// <summary>
    /// <c>Doom/Basic-v0</c>: a cacodemon at a random spot along the far wall; step left or right and shoot it.
    /// cfg: buttons MOVE_LEFT, MOVE_RIGHT, ATTACK; -1 a tic; 300 tics after 14 start tics; skill 5. README: one hit
    /// kills, +106 for the kill (which ends the episode), -5 a shot. Script inside the WAD, following the review: 50
    /// bullets, the monster never moves.
    /// </summary>
    public static DoomScenario Basic { get; } = new()
    {
        Id = "Doom/Basic-v0",
        GameVariables = [DoomGameVariable.Ammo2],
        Map = "basic",
        Buttons = [DoomButton.MoveLeft, DoomButton.MoveRight, DoomButton.Attack],
        TimeoutTics = 300,
        EpisodeStartTics = 14,
        Skill = 5,
        LivingReward = -1,
        KillReward = 106,
        ShotReward = -5,
        StartAmmo = 50,
        Spawns = [new DoomSpawn(DoomObjectKind.Cacodemon, 1, Health: 1, Passive: true)],
        EndWhenMonstersDead = true,
        Description = "ViZDoom basic: step left/right and shoot the cacodemon; +106 kill, -5 a shot, -1 a tic, 300 tics.",
    };

    /// <summary>
    /// <c>Doom/SimplerBasic-v0</c>: Basic in a plainer, narrower room. cfg: buttons MOVE_LEFT, MOVE_RIGHT, ATTACK; -1 a
    /// tic; 300 tics after 14 start tics (default skill 3). The README does not describe it; its script inside the
    /// WAD follows Basic's README: one hit kills, +106 for the kill (which ends the episode), -5 a shot; 50 bullets.
    /// </summary>
    public static DoomScenario SimplerBasic { get; } = Basic with
    {
        Id = "Doom/SimplerBasic-v0",
        GameVariables = [],
        Map = "simpler_basic",
        Skill = 3,
        Description = "ViZDoom simpler_basic: Basic in a plainer room; +106 kill, -5 a shot, -1 a tic, 300 tics.",
    };

    /// <summary>
    /// <c>Doom/RocketBasic-v0</c>: Basic with a rocket launcher: rockets fly (20 units a tic) and burst with splash
    /// damage (<see cref="DoomWeapon.RocketLauncher"/>). cfg: buttons MOVE_LEFT, MOVE_RIGHT, ATTACK; -1 a tic; 300
    /// tics after 14 start tics. The README does not describe it; its script inside the WAD follows Basic's README:
    /// one hit kills, +106 for the kill (which ends the episode), -5 a shot; 50 rockets.
    /// </summary>
    public static DoomScenario RocketBasic { get; } = Basic with
    {
        Id = "Doom/RocketBasic-v0",
        GameVariables = [],
        Map = "rocket_basic",
        Skill = 3,
        Weapon = DoomWeapon.RocketLauncher,
        Description = "ViZDoom rocket_basic: Basic with a rocket launcher (splash); +106 kill, -5 a shot, -1 a tic, 300 tics.",
    };

    /// <summary>
    /// <c>Doom/DefendTheCenter-v0</c>: in the middle of a round arena, turn and shoot the monsters that come from the
    /// wall. cfg: buttons TURN_LEFT, TURN_RIGHT, ATTACK; death -1; 2100 tics after 10 start tics; skill 3. README:
    /// +1 a kill, one shot kills, monsters respawn after dying, limited ammunition. Script inside the WAD, following
    /// the review: three chainsaw marines and two demons, each respawning 90 tics after it dies; 26 bullets.
    /// </summary>
    public static DoomScenario DefendTheCenter { get; } = new()
    {
        Id = "Doom/DefendTheCenter-v0",
        GameVariables = [DoomGameVariable.Ammo2, DoomGameVariable.Health],
        Map = "defend_the_center",
        Buttons = [DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.Attack],
        TimeoutTics = 2100,
        EpisodeStartTics = 10,
        KillReward = 1,
        DeathReward = -1,
        StartAmmo = 26,
        Spawns =
        [
            new DoomSpawn(DoomObjectKind.ChainsawMarine, 3, RespawnDelayTics: 90, Health: 1),
            new DoomSpawn(DoomObjectKind.Demon, 2, RespawnDelayTics: 90, Health: 1),
        ],
        Description = "ViZDoom defend_the_center: turn and shoot marines and demons from the middle of a round arena; +1 a kill, -1 death, 2100 tics.",
    };

    /// <summary>
    /// <c>Doom/DefendTheLine-v0</c>: by the south wall of a long room, turn and shoot the monsters coming from the
    /// far wall. cfg: buttons TURN_LEFT, TURN_RIGHT, ATTACK; death -1; no time-out; 10 start tics; skill 3. README:
    /// +1 a kill; three melee monsters (demons here) and three shooters (imps here, throwing fireballs), killed by
    /// one shot at first; each respawns some time after dying and endures more damage each time (our numbers: 90
    /// tics, +10 health a respawn); limited ammunition (our number: 26 bullets, as DefendTheCenter's), so death is
    /// inevitable.
    /// </summary>
    public static DoomScenario DefendTheLine { get; } = new()
    {
        Id = "Doom/DefendTheLine-v0",
        GameVariables = [DoomGameVariable.Ammo2, DoomGameVariable.Health],
        Map = "defend_the_line",
        Buttons = [DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.Attack],
        TimeoutTics = 0,
        EpisodeStartTics = 10,
        KillReward = 1,
        DeathReward = -1,
        StartAmmo = 26,
        Spawns =
        [
            new DoomSpawn(DoomObjectKind.Demon, 3, RespawnDelayTics: 90, Health: 1, RespawnHealthGain: 10),
            new DoomSpawn(DoomObjectKind.Imp, 3, RespawnDelayTics: 90, Health: 1, RespawnHealthGain: 10),
        ],
        Description = "ViZDoom defend_the_line: turn and shoot demons and imps from the far wall; +1 a kill, -1 death, until death.",
    };

    /// <summary>
    /// <c>Doom/HealthGathering-v0</c>: the acid floor takes 8 health every 32 tics; medkits (+25) lie around and more
    /// drop. cfg: buttons TURN_LEFT, TURN_RIGHT, MOVE_FORWARD; +1 a tic, death -100; 2100 tics. README: acid floor,
    /// medkits at the start and more falling from time to time. Script inside the WAD, following the review: 16
    /// medkits at the start, one more every 30 tics, no cap.
    /// </summary>
    public static DoomScenario HealthGathering { get; } = new()
    {
        Id = "Doom/HealthGathering-v0",
        GameVariables = [DoomGameVariable.Health],
        Map = "health_gathering",
        Buttons = [DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.MoveForward],
        TimeoutTics = 2100,
        LivingReward = 1,
        DeathReward = -100,
        FloorDamage = 8,
        FloorDamagePeriodTics = 32,
        InitialMedkits = 16,
        MedkitDropPeriodTics = 30,
        AcidFloor = true,
        Description = "ViZDoom health_gathering: survive an acid floor by picking up medkits; +1 a tic alive, -100 death, 2100 tics.",
    };

    /// <summary>
    /// <c>Doom/HealthGatheringSupreme-v0</c>: HealthGathering on a more complex layout (rooms, pillars, narrow
    /// passages) with random starts. cfg: buttons TURN_LEFT, TURN_RIGHT, MOVE_FORWARD; +1 a tic, death -100; 2100
    /// tics. README: as HealthGathering, a more complex map. Script inside the WAD, following HealthGathering's: 8
    /// damage every 32 tics, 16 medkits at the start, one more every 30 tics.
    /// </summary>
    public static DoomScenario HealthGatheringSupreme { get; } = HealthGathering with
    {
        Id = "Doom/HealthGatheringSupreme-v0",
        GameVariables = [DoomGameVariable.Health],
        Map = "health_gathering_supreme",
        Description = "ViZDoom health_gathering_supreme: survive an acid floor in a maze of rooms by picking up medkits; +1 a tic alive, -100 death, 2100 tics.",
    };

    /// <summary>
    /// <c>Doom/MyWayHome-v0</c>: find the green armor vest through rooms of different colours from a random room.
    /// cfg: buttons TURN_LEFT, TURN_RIGHT, MOVE_FORWARD, MOVE_LEFT, MOVE_RIGHT (the README lists only the first
    /// three); -0.0001 a tic; 2100 tics after 10 start tics; skill 5. README: +1 at the vest, which ends the episode;
    /// a random start and facing (17 start spots, as ViZDoom's map has, on our own layout).
    /// </summary>
    public static DoomScenario MyWayHome { get; } = new()
    {
        Id = "Doom/MyWayHome-v0",
        GameVariables = [DoomGameVariable.Ammo0],
        Map = "my_way_home",
        Buttons = [DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.MoveForward, DoomButton.MoveLeft, DoomButton.MoveRight],
        TimeoutTics = 2100,
        EpisodeStartTics = 10,
        Skill = 5,
        LivingReward = -0.0001,
        GoalReward = 1,
        EndAtGoal = true,
        Description = "ViZDoom my_way_home: find the vest through coloured rooms; +1 at the vest, -0.0001 a tic, 2100 tics.",
    };

    /// <summary>
    /// <c>Doom/DeadlyCorridor-v0</c>: reach the vest at the end of a corridor lined with shooters. cfg: buttons
    /// MOVE_LEFT, MOVE_RIGHT, ATTACK, MOVE_FORWARD, MOVE_BACKWARD, TURN_LEFT, TURN_RIGHT; death -100; 2100 tics after
    /// 1 start tic; skill 5. README: the reward is the change in the player's x along the corridor (+dX closer,
    /// -dX further), six shooting monsters. Script inside the WAD, following the review: +1000 at the vest (which
    /// ends the episode); two zombiemen, two shotgun guys and two chaingun guys that stand still and die from one
    /// hit; the player takes double damage. 52 bullets (ours).
    /// </summary>
    public static DoomScenario DeadlyCorridor { get; } = new()
    {
        Id = "Doom/DeadlyCorridor-v0",
        GameVariables = [DoomGameVariable.Health],
        Map = "deadly_corridor",
        Buttons =
        [
            DoomButton.MoveLeft, DoomButton.MoveRight, DoomButton.Attack, DoomButton.MoveForward,
            DoomButton.MoveBackward, DoomButton.TurnLeft, DoomButton.TurnRight,
        ],
        TimeoutTics = 2100,
        EpisodeStartTics = 1,
        DeathReward = -100,
        ProgressReward = 1,
        GoalReward = 1000,
        EndAtGoal = true,
        StartAmmo = 52,
        Skill = 5,
        FixedStart = true,
        DamageTakenFactor = 2,
        PlacedMonsterHealth = 1,
        PlacedMonstersStationary = true,
        Description = "ViZDoom deadly_corridor: reach the vest past shooters; +dX along the corridor, +1000 at the vest, -100 death, 2100 tics.",
    };

    /// <summary>
    /// <c>Doom/PredictPosition-v0</c>: with a rocket launcher and one rocket, hit a monster walking east and west
    /// along the far wall; the rocket takes its time, so lead the target. cfg: buttons TURN_LEFT, TURN_RIGHT,
    /// ATTACK; -0.001 a tic (the README says -0.0001; the cfg wins); 300 tics after 16 start tics; skill 1. README:
    /// +1 for killing the monster; the episode ends when the rocket hits a wall or the monster.
    /// </summary>
    public static DoomScenario PredictPosition { get; } = new()
    {
        Id = "Doom/PredictPosition-v0",
        GameVariables = [],
        Map = "predict_position",
        Buttons = [DoomButton.TurnLeft, DoomButton.TurnRight, DoomButton.Attack],
        TimeoutTics = 300,
        EpisodeStartTics = 16,
        Skill = 1,
        LivingReward = -0.001,
        KillReward = 1,
        StartAmmo = 1,
        Weapon = DoomWeapon.RocketLauncher,
        EndWhenShotSpent = true,
        Spawns = [new DoomSpawn(DoomObjectKind.Zombieman, 1, Patrol: true)],
        Description = "ViZDoom predict_position: lead a walking monster with your one rocket; +1 kill, -0.001 a tic, 300 tics.",
    };

    /// <summary>
    /// <c>Doom/TakeCover-v0</c>: dodge fireballs by stepping left and right. cfg: buttons MOVE_LEFT, MOVE_RIGHT; +1 a
    /// tic alive; no time-out; 1 start tic; skill 4. README: a couple of shooting monsters along the far wall throw
    /// fireballs, more appear with time, the episode ends on death. Ours: two imps that stand along the far wall,
    /// one more every 350 tics up to 12.
    /// </summary>
    public static DoomScenario TakeCover { get; } = new()
    {
        Id = "Doom/TakeCover-v0",
        GameVariables = [DoomGameVariable.Health],
        Map = "take_cover",
        Buttons = [DoomButton.MoveLeft, DoomButton.MoveRight],
        TimeoutTics = 0,
        EpisodeStartTics = 1,
        Skill = 4,
        LivingReward = 1,
        Spawns = [new DoomSpawn(DoomObjectKind.Imp, 2, Stationary: true, AddEveryTics: 350, MaxCount: 12)],
        Description = "ViZDoom take_cover: step left/right to dodge fireballs; +1 a tic alive, until death.",
    };

    /// <summary>Every built-in scenario.</summary>
    public static IReadOnlyList<DoomScenario> All { get; } =
    [
        Basic, DefendTheCenter, HealthGathering, MyWayHome, DeadlyCorridor,
        DefendTheLine, TakeCover, HealthGatheringSupreme, PredictPosition, SimplerBasic, RocketBasic,
    ];
}
