using RlGym.Core;

namespace RlGym.Envs.Doom;

/// <summary>
/// A scenario in ViZDoom's sense: a map plus the buttons, time-out and reward shaping of its configuration file.
/// Adding a scenario is a map file and one of these passed to <see cref="DoomEnvironments.Register(RlGym.Core.Registry.EnvRegistry, DoomScenario)"/>.
/// Rewards add up per tic; a step with frame skip k returns the sum over its k tics.
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

    /// <summary>The episode length in tics (35 a second); reaching it truncates the episode.</summary>
    public int TimeoutTics { get; init; } = 2100;

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

    /// <summary>Reward per map unit the player comes closer to the goal item (negative when moving away); 0 for none.</summary>
    public double ProgressReward { get; init; }

    /// <summary>True when picking up the goal item (the green armor vest) ends the episode.</summary>
    public bool EndAtGoal { get; init; }

    /// <summary>True when killing the last monster ends the episode (Basic).</summary>
    public bool EndWhenMonstersDead { get; init; }

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

    /// <summary>The most medkits lying on the floor at once (drops wait while there are this many).</summary>
    public int MaxMedkits { get; init; } = 32;

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
        Require(TimeoutTics is > 0 and <= 1_000_000, nameof(TimeoutTics), TimeoutTics, "1 to 1000000 tics");
        Require(StartHealth is > 0 and <= 200, nameof(StartHealth), StartHealth, "1 to 200");
        Require(StartAmmo is >= 0 and <= 999, nameof(StartAmmo), StartAmmo, "0 to 999");
        Require(Skill is >= 1 and <= 5, nameof(Skill), Skill, "1 to 5");
        Require(FloorDamage >= 0, nameof(FloorDamage), FloorDamage, "0 or more");
        Require(FloorDamagePeriodTics > 0, nameof(FloorDamagePeriodTics), FloorDamagePeriodTics, "a positive number of tics");
        Require(InitialMedkits >= 0 && MedkitDropPeriodTics >= 0 && MaxMedkits is >= 0 and <= 64, nameof(MaxMedkits), MaxMedkits, "medkit counts from 0 to 64");
        foreach (var spawn in Spawns)
        {
            Require(spawn.Kind.IsMonster(), nameof(Spawns), spawn.Kind, "a monster kind");
            Require(spawn.Count is >= 0 and <= 64, nameof(Spawns), spawn.Count, "a count from 0 to 64");
            Require(spawn.RespawnDelayTics is null or > 0, nameof(Spawns), spawn.RespawnDelayTics, "a positive respawn delay");
            Require(spawn.Health is null or > 0, nameof(Spawns), spawn.Health, "a positive health");
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
