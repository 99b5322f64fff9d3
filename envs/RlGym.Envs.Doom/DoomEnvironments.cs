using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
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
/// </summary>
public static class DoomEnvironments
{
    /// <summary>Registers every built-in scenario and the <c>teacher</c> agent.</summary>
    /// <exception cref="ArgumentException">When one of the ids is already registered.</exception>
    public static void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        foreach (var scenario in DoomScenarios.All)
        {
            Register(environments, scenario);
        }
        agents.Register(new DoomTeacherFactory());
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
