using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.Doom.Duel;
using RlGym.Envs.Doom.Environment;
using RlGym.Envs.Doom.Teachers;

namespace RlGym.Envs.Doom;

/// <summary>
/// Registers the Doom-style scenarios (<see cref="DoomScenarios"/>) and the <c>teacher</c> agent.
/// <para>Observations are shaped as ViZDoom's Gymnasium wrapper shapes them: a Dict of <c>screen</c>
/// (Box(0, 255, (120, 160, 3), uint8) by default) and <c>gamevariables</c> (Box of the scenario's available game
/// variables, float32; absent when it has none), with <c>depth</c>, <c>labels</c> and <c>automap</c> on request. Actions follow ViZDoom's Gymnasium
/// wrapper: Discrete over the combinations of at most <c>max_buttons_pressed</c> (default 1) of the scenario's buttons,
/// action 0 holding none and the rest in <c>itertools.product</c> order (for Basic: 0 nothing, 1 ATTACK, 2 MOVE_RIGHT,
/// 3 MOVE_LEFT); <c>max_buttons_pressed=0</c> gives MultiBinary(n), entry i holding button i.</para>
/// <para>Options: <c>frame_skip</c> (tics an action lasts, default 1), <c>resolution</c> (such as 160x120 or
/// RES_84X84), <c>screen_format</c> (rgb or gray), <c>render_weapon</c> (default true), <c>max_buttons_pressed</c>,
/// <c>map</c> (a built-in map name or a map file path), <c>record_dir</c> (save every episode as an animated GIF there),
/// <c>game_variables</c> (health, armor, ammo and kill_count in every info), <c>depth</c>, <c>labels</c>, <c>automap</c>
/// (add those buffers to the observation), <c>render_hud</c> (draw the status bar), <c>available_game_variables</c>
/// (ViZDoom names joined by '+', such as HEALTH+AMMO2, or none). Time-outs are the scenario's, in tics; the
/// environment truncates itself, so specs carry no step limit. Render modes: ansi (coloured text) and rgb_array.</para>
/// <para>Each step can write its observation (the Dict's parts one after another) into a buffer the caller owns (<c>IBufferedStep</c>, found with
/// <c>TryGetBufferedStep</c>), and <c>MakeVector</c> gives a native vector that steps the worlds in parallel into
/// reused buffers.</para>
/// <para>The two-player duel <see cref="DuelId"/> is a parallel (multi-agent) environment; see there.</para>
/// </summary>
public static class DoomEnvironments
{
    /// <summary>
    /// <c>Doom/Duel-v0</c>: a two-player deathmatch on a small map, after ViZDoom's multiplayer duel
    /// (<c>multi_duel.cfg</c>: <c>-deathmatch +sv_spawnfarthest 1</c>, <c>episode_timeout = 2100</c>) and the
    /// deathmatch examples that hand out rewards from FRAGCOUNT. A PettingZoo-style parallel environment with agents
    /// <c>player1</c> and <c>player2</c> acting at once.
    /// <list type="bullet">
    /// <item>Observation, for each player from its own eyes: the single-player scenarios' Dict of <c>screen</c>
    /// (Box(0, 255, (120, 160, 3), uint8) by default, the opponent drawn as a marine in indigo) and
    /// <c>gamevariables</c> (float32: HEALTH, DEATHCOUNT, FRAGCOUNT, DAMAGECOUNT, DEAD, as multi_duel.cfg lists them,
    /// and AMMO2 in place of its SELECTED_WEAPON_AMMO; option <c>available_game_variables</c> picks others).</item>
    /// <item>Actions: Discrete over combinations of at most <c>max_buttons_pressed</c> (default 1) of seven buttons,
    /// deathmatch.cfg's binary movement, turning and attack buttons in its order: ATTACK, MOVE_RIGHT, MOVE_LEFT,
    /// MOVE_BACKWARD, MOVE_FORWARD, TURN_RIGHT, TURN_LEFT (action 0 holds none, action i + 1 button i). Its SPEED,
    /// STRAFE, weapon selection and delta buttons are left out.</item>
    /// <item>Weapon: Doom's pistol for both (hitscan, 5, 10 or 15 damage, 14 tics between shots, 50 bullets a life),
    /// 100 health, no items on the map.</item>
    /// <item>Rewards: +1 for each frag (killing the opponent, FRAGCOUNT's rise) and -1 for each death (being fragged),
    /// so the duel is zero-sum. Doom also takes a frag for a suicide; nothing in this duel can kill its own player
    /// (no splash damage, no hazards), so that case never arises.</item>
    /// <item>A fragged player respawns after 35 tics at the map's start farthest from the opponent (sv_spawnfarthest)
    /// with full health and bullets; its actions are ignored while it is dead (ViZDoom's examples call
    /// <c>respawn_player()</c> at once).</item>
    /// <item>Episodes: nothing terminates a deathmatch; both players are truncated after <c>episode_timeout</c> tics
    /// (default 2100, one minute). ViZDoom calls a time-out a termination; Gymnasium's truncation is the honest name.</item>
    /// <item>Starts: player1 at a start drawn from the seed, player2 at the start farthest from it, both facing
    /// drawn directions on the built-in <c>duel</c> map (an arena of 11x9 floor cells with four pillars, our own).</item>
    /// <item>Options: <c>frame_skip</c>, <c>resolution</c>, <c>screen_format</c>, <c>render_weapon</c>,
    /// <c>render_hud</c>, <c>max_buttons_pressed</c>, <c>map</c> (with at least two starts), <c>episode_timeout</c>,
    /// <c>available_game_variables</c>. Render modes: ansi (player1's view) and rgb_array (both views side by side).</item>
    /// <item>Privileged state for teachers: <see cref="DoomDuelState"/> (both players' exact positions, health,
    /// ammunition and scores). Agent <c>teacher</c> plays either player from it.</item>
    /// </list>
    /// </summary>
    public const string DuelId = "Doom/Duel-v0";

    /// <summary>Registers every built-in scenario, the duel <see cref="DuelId"/> and the <c>teacher</c> agents.</summary>
    /// <exception cref="ArgumentException">When one of the ids is already registered.</exception>
    public static void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        foreach (var scenario in DoomScenarios.All)
        {
            Register(environments, scenario);
        }
        environments.RegisterParallel<IReadOnlyDictionary<string, object>, int>(
            new EnvSpec(DuelId)
            {
                RenderModes = [RenderMode.Ansi, RenderMode.RgbArray],
                RenderFps = 35,
                Description = "ViZDoom's multiplayer duel: two players deathmatch on a small map, +1 a frag, -1 a death, one minute (2100 tics).",
            },
            context => new DoomDuelEnvironment(DuelSettings.Read(context.Spec.Id, context.Options), context.RenderMode, context.Spec));
        agents.Register(new DoomTeacherFactory());
        agents.Register(new DuelTeacherFactory());
    }

    /// <summary>Registers one scenario (a built-in one or your own: a map file and a <see cref="DoomScenario"/>).</summary>
    /// <exception cref="ArgumentException">When the scenario is invalid or its id is already registered.</exception>
    public static void Register(EnvRegistry environments, DoomScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.Validate();
        environments.Register(
            new EnvSpec(scenario.Id)
            {
                RenderModes = [RenderMode.Ansi, RenderMode.RgbArray],
                RenderFps = 35,
                DeterministicByDesign = scenario.FixedStart,
                Description = scenario.Description,
            },
            new DoomFactory(scenario));
        environments.RegisterVector<IReadOnlyDictionary<string, object>, int>(scenario.Id, context => new DoomVectorEnvironment(scenario, context));
    }
}
