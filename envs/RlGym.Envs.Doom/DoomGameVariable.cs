namespace RlGym.Envs.Doom;

/// <summary>
/// A game variable a scenario makes available to the agent (ViZDoom's <c>available_game_variables</c>): the entries of
/// the observation's <c>gamevariables</c> Box, in the scenario's order.
/// </summary>
public enum DoomGameVariable
{
    /// <summary>HEALTH: the player's health (0 when dead).</summary>
    Health,

    /// <summary>ARMOR: the player's armor points.</summary>
    Armor,

    /// <summary>AMMO0: ammunition of weapon slot 0 (the fist, which uses none; always 0 here as in Doom).</summary>
    Ammo0,

    /// <summary>AMMO2: bullets (the pistol's slot); 0 in scenarios whose weapon is the rocket launcher.</summary>
    Ammo2,

    /// <summary>AMMO5: rockets (the rocket launcher's slot); 0 in scenarios whose weapon is the pistol.</summary>
    Ammo5,

    /// <summary>KILLCOUNT: monsters killed this episode.</summary>
    KillCount,

    /// <summary>HITCOUNT: shots that hit a monster.</summary>
    HitCount,

    /// <summary>DAMAGECOUNT: damage dealt to monsters.</summary>
    DamageCount,

    /// <summary>DEAD: 1 once the player died, else 0 (in the duel: 1 while dead, until the respawn).</summary>
    Dead,

    /// <summary>FRAGCOUNT: frags in a multiplayer game, as Doom counts them: +1 per opponent killed, -1 per suicide (0 in single-player scenarios).</summary>
    FragCount,

    /// <summary>DEATHCOUNT: how many times the player died in a multiplayer game (0 in single-player scenarios).</summary>
    DeathCount,
}
