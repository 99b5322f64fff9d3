using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse.Duel;
using RlGym.Envs.CatMouse.Single;
using RlGym.Envs.CatMouse.Teachers;
using RlGym.Envs.CatMouse.Vector;

namespace RlGym.Envs.CatMouse;

/// <summary>
/// Registers the cat-and-mouse world of seed 001.
/// <list type="bullet">
/// <item><c>CatMouse-v0</c>: the seed's game. A stationary cat, a mouse that moves one cell a step on a 6 x 6 grid
/// (options <c>width</c>, <c>height</c>), 10 moves a game (the spec's time limit). Actions are Discrete(4) (0 up,
/// 1 right, 2 down, 3 left) or, with <c>actions=compass</c>, the seed's compass reading Box(0, 1, (1,)). Reward: +1 for a
/// move away from the cat, -1 for a move closer, 0 when a wall blocks, -10 and terminated for ending on the cat.
/// Reset options <c>cat_x, cat_y, mouse_x, mouse_y</c> place the pieces. A native batched vector is registered.</item>
/// <item><c>CatMouseDuel-v0</c>: agents <c>cat</c> and <c>mouse</c> both move every tick; a catch (same cell, or
/// swapped cells) gives the cat +1 and the mouse -1; reaching <c>max_steps</c> (default 20) gives the mouse +1 and the
/// cat -1. Option <c>catch_radius</c> (default 0) counts the two within that Manhattan distance as a catch.</item>
/// <item><c>CatMouseContest-v0</c>: the duel with <c>catch_radius=1,max_steps=7</c>, about even odds between the greedy
/// chase and the evader.</item>
/// <item>Agent <c>teacher</c>: from privileged state, the seed's flee rule for the mouse and a greedy chase for the cat.</item>
/// <item>Agent <c>evader</c>: a one-step-lookahead mouse for the duel, from privileged state.</item>
/// <item>Agent <c>optimal</c>: CatMouse-v0's exact optimum (<see cref="Planning.CatMouseOptimum"/>) from privileged state.</item>
/// </list>
/// Observations are <see cref="CatMouseObservation"/> (cat x, cat y, mouse x, mouse y, each in [0, 1]); both render
/// as ansi text or RGB pictures.
/// </summary>
public static class CatMouseEnvironments
{
    /// <summary>The id of the seed's single-agent game.</summary>
    public const string CatMouseId = "CatMouse-v0";

    /// <summary>The id of the two-agent duel.</summary>
    public const string DuelId = "CatMouseDuel-v0";

    /// <summary>
    /// The duel as a contest: CatMouseDuel-v0 with <see cref="ContestOptions"/> (<c>catch_radius=1,max_steps=7</c> on the
    /// seed's 6x6 board), where the greedy chase catches the one-step-lookahead evader in about half the duels rather
    /// than never (BENCHMARKS.md). Options override the defaults as in any environment.
    /// </summary>
    public const string ContestId = "CatMouseContest-v0";

    /// <summary>The options that make <see cref="ContestId"/> of the duel: a catch within one cell, 7 ticks to survive.</summary>
    public static EnvOptions ContestOptions { get; } = EnvOptions.Of(("catch_radius", 1), ("max_steps", 7));

    /// <summary>The seed's game length, in moves: CatMouse-v0's time limit.</summary>
    public const int GameLength = 10;

    /// <summary>Registers CatMouse-v0 (with its batched vector), CatMouseDuel-v0, CatMouseContest-v0 and the <c>teacher</c>, <c>optimal</c> and <c>evader</c> agents.</summary>
    /// <exception cref="ArgumentException">When one of the ids is already registered.</exception>
    public static void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        RenderMode[] modes = [RenderMode.Ansi, RenderMode.RgbArray];
        environments.Register(
            new EnvSpec(CatMouseId)
            {
                MaxEpisodeSteps = GameLength,
                RenderModes = modes,
                Description = "Seed 001: a mouse flees a stationary cat on a 6x6 grid for 10 moves; reward = change in distance, -10 if it walks onto the cat.",
            },
            new CatMouseFactory());
        environments.RegisterVector<CatMouseObservation, int>(
            CatMouseId, context => new CatMouseVectorEnvironment(context, Environment.ProcessorCount));
        environments.RegisterParallel<CatMouseObservation, int>(
            new EnvSpec(DuelId)
            {
                RenderModes = modes,
                Description = "Cat and mouse both move every tick; a catch pays the cat +1, an escape after max_steps (20) pays the mouse +1; zero-sum.",
            },
            context => new CatMouseDuelEnvironment(DuelSettings.Read(context.Spec.Id, context.Options), context.RenderMode, context.Spec));
        environments.RegisterParallel<CatMouseObservation, int>(
            new EnvSpec(ContestId)
            {
                RenderModes = modes,
                DefaultOptions = ContestOptions,
                Description = "CatMouseDuel-v0 as a contest: a catch within one cell, 7 ticks to survive; the greedy chase catches the evader in about half the duels.",
            },
            context => new CatMouseDuelEnvironment(DuelSettings.Read(context.Spec.Id, context.Options), context.RenderMode, context.Spec));
        agents.Register(new CatMouseTeacherFactory());
        agents.Register(new CatMouseOptimalAgentFactory());
        agents.Register(new CatMouseEvaderFactory());
    }
}
