using RlGym.Core;

namespace RlGym.Envs.Doom;

/// <summary>
/// A scenario in ViZDoom's sense: a map plus the buttons, time-out and reward shaping of its configuration file.
/// Adding a scenario is a map file and one of these passed to <see cref="DoomEnvironments.Register(RlGym.Core.Registry.EnvRegistry, DoomScenario)"/>.
/// Rewards add up per tic; a step with frame skip k returns the sum over its k tics.
/// <para>ViZDoom reports reaching <c>episode_timeout</c> as the end of the episode (terminated, with a zero terminal
/// observation); we follow Gymnasium instead: reaching <see cref="TimeoutTics"/> truncates the episode, and the last
/// observation is the real last frame.</para>
/// </summary>
public sealed record DoomScenario
{
    /// <summary>The environment id, such as <c>Doom/Basic-v0</c>.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// True when the first frame never depends on the seed (the map and its monsters start the same every episode; the
    /// seed drives only what follows): the spec is then marked <c>DeterministicByDesign</c>.
    /// </summary>
    public bool FixedStart { get; init; }

    /// <summary>The map: the name of a built-in map (such as <c>basic</c>) or the path of a map file.</summary>
    public required string Map { get; init; }

    /// <summary>The available buttons, in the order actions combine them (ViZDoom's <c>available_buttons</c>).</summary>
    public required IReadOnlyList<DoomButton> Buttons { get; init; }

    /// <summary>
    /// The episode length in tics of play (35 a second, counted after <see cref="EpisodeStartTics"/>, as ViZDoom's
    /// <c>episode_timeout</c> is); reaching it truncates the episode. 0 for none (the episode ends only on death).
    /// </summary>
    public int TimeoutTics { get; init; } = 2100;

    /// <summary>
    /// Tics the world runs before the first observation, with no button held and no reward counted (ViZDoom's
    /// <c>episode_start_time</c>: the weapon is raised and monsters already move).
    /// </summary>
    public int EpisodeStartTics { get; init; }

    /// <summary>Reward for every tic the player is alive (ViZDoom's <c>living_reward</c>).</summary>
    public double LivingReward { get; init; }

    /// <summary>Reward once when the player dies (ViZDoom's <c>death_penalty</c>, given here with its sign, such as -100).</summary>
    public double DeathReward { get; init; }

    /// <summary>Reward for each monster killed.</summary>
    public double KillReward { get; init; }

    /// <summary>Reward for each shot fired (Basic's -5).</summary>
    public double ShotReward { get; init; }

    /// <summary>Reward for picking up the goal item (the green armor vest).</summary>
    public double GoalReward { get; init; }

    /// <summary>
    /// Reward per map unit the player moves east (along the x axis; negative when moving west): DeadlyCorridor's
    /// reward for progress along its corridor; 0 for none.
    /// </summary>
    public double ProgressReward { get; init; }

    /// <summary>True when picking up the goal item (the green armor vest) ends the episode.</summary>
    public bool EndAtGoal { get; init; }

    /// <summary>True when killing the last monster ends the episode (Basic).</summary>
    public bool EndWhenMonstersDead { get; init; }

    /// <summary>True when the episode ends once the player has no ammunition left and no rocket in flight (PredictPosition's single rocket).</summary>
    public bool EndWhenShotSpent { get; init; }

    /// <summary>The player's weapon.</summary>
    public DoomWeapon Weapon { get; init; }

    /// <summary>Multiplies the damage the player takes (DeadlyCorridor's 2).</summary>
    public double DamageTakenFactor { get; init; } = 1;

    /// <summary>Health of the monsters the map itself places (upper-case symbols); null for their kind's own.</summary>
    public int? PlacedMonsterHealth { get; init; }

    /// <summary>True when the monsters the map places attack but never walk (DeadlyCorridor's).</summary>
    public bool PlacedMonstersStationary { get; init; }

    /// <summary>Health at the start (1 to 200).</summary>
    public int StartHealth { get; init; } = 100;

    /// <summary>Pistol bullets at the start.</summary>
    public int StartAmmo { get; init; }

    /// <summary>Doom's skill level 1 to 5: 1 halves damage to the player; 5 (nightmare) runs melee monsters twice as fast, as Doom's -fast does.</summary>
    public int Skill { get; init; } = 3;

    /// <summary>Monsters placed at random spawn cells, beside those the map places itself.</summary>
    public IReadOnlyList<DoomSpawn> Spawns { get; init; } = [];

    /// <summary>Damage the floor deals every <see cref="FloorDamagePeriodTics"/> tics (HealthGathering's acid); 0 for none.</summary>
    public int FloorDamage { get; init; }

    /// <summary>The period of <see cref="FloorDamage"/>, in tics.</summary>
    public int FloorDamagePeriodTics { get; init; } = 32;

    /// <summary>Medkits dropped at random floor cells when the episode starts.</summary>
    public int InitialMedkits { get; init; }

    /// <summary>Tics between medkit drops at random floor cells; 0 for none.</summary>
    public int MedkitDropPeriodTics { get; init; }

    /// <summary>The most medkits lying on the floor at once (drops wait while there are this many); null for no cap beyond the world's 254 objects.</summary>
    public int? MaxMedkits { get; init; }

    /// <summary>
    /// The game variables the observation's <c>gamevariables</c> Box holds, in order (ViZDoom's
    /// <c>available_game_variables</c>); none leaves the key out of the observation, as ViZDoom's Gymnasium wrapper does.
    /// </summary>
    public IReadOnlyList<DoomGameVariable> GameVariables { get; init; } = [];

    /// <summary>Draws the floor in the acid colour (green) rather than grey.</summary>
    public bool AcidFloor { get; init; }

    /// <summary>One line for <c>rlgym list</c>.</summary>
    public string Description { get; init; } = "";

    /// <summary>Throws when a value is out of range, naming it and what was expected.</summary>
    /// <exception cref="ArgumentException">When a setting is invalid.</exception>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Map), nameof(Map), Map, "a map name or path");
        Require(Buttons is { Count: > 0 and <= 8 }, nameof(Buttons), Buttons?.Count, "1 to 8 buttons");
        Require(Buttons!.Distinct().Count() == Buttons!.Count, nameof(Buttons), string.Join(",", Buttons!), "no button twice");
        Require(TimeoutTics is >= 0 and <= 1_000_000, nameof(TimeoutTics), TimeoutTics, "0 (none) to 1000000 tics");
        Require(EpisodeStartTics is >= 0 and <= 350, nameof(EpisodeStartTics), EpisodeStartTics, "0 to 350 tics");
        Require(Enum.IsDefined(Weapon), nameof(Weapon), Weapon, "Pistol or RocketLauncher");
        Require(double.IsFinite(DamageTakenFactor) && DamageTakenFactor >= 0, nameof(DamageTakenFactor), DamageTakenFactor, "a finite factor of 0 or more");
        Require(PlacedMonsterHealth is null or > 0, nameof(PlacedMonsterHealth), PlacedMonsterHealth, "a positive health");
        Require(StartHealth is > 0 and <= 200, nameof(StartHealth), StartHealth, "1 to 200");
        Require(StartAmmo is >= 0 and <= 999, nameof(StartAmmo), StartAmmo, "0 to 999");
        Require(Skill is >= 1 and <= 5, nameof(Skill), Skill, "1 to 5");
        Require(FloorDamage >= 0, nameof(FloorDamage), FloorDamage, "0 or more");
        Require(FloorDamagePeriodTics > 0, nameof(FloorDamagePeriodTics), FloorDamagePeriodTics, "a positive number of tics");
        Require(InitialMedkits is >= 0 and <= 200 && MedkitDropPeriodTics >= 0 && MaxMedkits is null or (>= 0 and <= 200), nameof(MaxMedkits), MaxMedkits, "medkit counts from 0 to 200");
        Require(GameVariables is not null && GameVariables.All(Enum.IsDefined) && GameVariables.Distinct().Count() == GameVariables.Count, nameof(GameVariables), GameVariables is null ? null : string.Join(",", GameVariables), "known game variables, none twice");
        foreach (var spawn in Spawns)
        {
            Require(spawn.Kind.IsMonster(), nameof(Spawns), spawn.Kind, "a monster kind");
            Require(spawn.Count is >= 0 and <= 64, nameof(Spawns), spawn.Count, "a count from 0 to 64");
            Require(spawn.RespawnDelayTics is null or > 0, nameof(Spawns), spawn.RespawnDelayTics, "a positive respawn delay");
            Require(spawn.Health is null or > 0, nameof(Spawns), spawn.Health, "a positive health");
            Require(spawn.AddEveryTics is null or > 0, nameof(Spawns), spawn.AddEveryTics, "a positive period for extra monsters");
            Require(spawn.MaxCount is >= 0 and <= 64, nameof(Spawns), spawn.MaxCount, "a most-at-once count from 0 to 64");
            Require(spawn.RespawnHealthGain >= 0, nameof(Spawns), spawn.RespawnHealthGain, "a health gain of 0 or more");
        }
        foreach (double reward in new[] { LivingReward, DeathReward, KillReward, ShotReward, GoalReward, ProgressReward })
        {
            Require(double.IsFinite(reward), "reward", reward, "finite rewards");
        }
    }

    private void Require(bool condition, string name, object? value, string expected)
    {
        if (!condition)
        {
            throw new UserInputException($"Scenario '{Id}': {name} is {value ?? "null"}; expected {expected}.");
        }
    }
}
