using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.NetHack.Tasks;

namespace RlGym.Envs.NetHack;

/// <summary>
/// Registers NLE's tasks over the real NetHack 3.6.6 (Debian's <c>nethack-console</c>; making one without it throws
/// <see cref="NetHackNotInstalledException"/>, whose message says how to install it). Each environment runs its own
/// game process on an 80x24 pseudo-terminal in a private directory. Observations are <see cref="NetHackObservation"/>
/// dictionaries, actions indices into <see cref="NetHackActions.Task"/> (the Challenge: <see cref="NetHackActions.Full"/>),
/// info is described by <see cref="NetHackInfo"/>. Episodes end at death (terminated), at the task's goal
/// (terminated), at the spec's step limit (truncated; the game is quit at the next reset), or when the game process
/// is killed (truncated, with the reason in info). <c>MakeVector</c> gives a native vector that types every game's key
/// before collecting any outcome, so N games compute in parallel from one thread.
/// <para>Options (all optional): <c>character</c> (NLE's role-race-alignment-gender, default <c>mon-hum-neu-mal</c>,
/// <c>@</c> for random: the Challenge's default), <c>penalty_step</c> (default -0.01; Challenge 0), <c>penalty_time</c>
/// (default 0), <c>penalty_mode</c> (constant, exp, square, linear, always), <c>record_dir</c> (a directory for one
/// ttyrec file per episode), <c>binary</c> (the game binary), and the registry's <c>max_episode_steps</c>.</para>
/// </summary>
public static class NetHackEnvironments
{
    /// <summary>NLE's step limit for its tasks.</summary>
    public const int TaskStepLimit = 5000;

    /// <summary>NLE's step limit for the Challenge.</summary>
    public const int ChallengeStepLimit = 1_000_000;

    /// <summary>The ids registered, with what they reward.</summary>
    public static IReadOnlyDictionary<string, string> Tasks { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NetHack-v0"] = "NLE's base environment: the change in in-game score, NLE's 86 useful actions.",
        ["NetHackScore-v0"] = "NLE's score task: the change in in-game score, -0.01 on steps where game time stands still.",
        ["NetHackStaircase-v0"] = "NLE's staircase task: +1 for reaching a staircase down (ends the episode), -0.01 per frozen step.",
        ["NetHackStaircasePet-v0"] = "NLE's staircase task with the pet next to the hero on arrival.",
        ["NetHackOracle-v0"] = "NLE's oracle task: +1 for standing next to the Oracle (its glyph; engine terminal: a bright blue @ on levels 5-9).",
        ["NetHackGold-v0"] = "NLE's gold task: the change in gold carried (only gold is picked up automatically).",
        ["NetHackEat-v0"] = "NLE's eat task: the rise of the game's nutrition counter (engine terminal: an estimate of it).",
        ["NetHackScout-v0"] = "NLE's scout task: +1 for each newly seen map cell (glyph other than dark stone) per dungeon number and level.",
        ["NetHackChallenge-v0"] = "The NetHack Challenge: score change, full keyboard, random character, nothing answered for the agent.",
    };

    /// <summary>Registers every NetHack environment and the scripted <c>explorer</c> agent.</summary>
    /// <exception cref="ArgumentException">When one of the ids is already registered.</exception>
    public static void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        foreach (var (id, description) in Tasks)
        {
            bool challenge = id == "NetHackChallenge-v0";
            environments.Register<IReadOnlyDictionary<string, object>, int>(
                new EnvSpec(id)
                {
                    MaxEpisodeSteps = challenge ? ChallengeStepLimit : TaskStepLimit,
                    RenderModes = [RenderMode.Ansi],
                    Description = description,
                },
                context => Make(context));
            environments.RegisterVector<IReadOnlyDictionary<string, object>, int>(
                id, context => new NetHackVectorEnvironment(context, () => Make(new EnvContext(context.Spec, context.Options, RenderMode.None))));
        }
        agents.Register(new Agents.ExplorerAgentFactory());
    }

    private static NetHackEnvironment Make(EnvContext context)
    {
        string id = context.Spec.Id;
        bool challenge = id == "NetHackChallenge-v0";
        var settings = NetHackSettings.Read(id, context.Options, challenge ? "@" : Game.Character.Default, challenge || id == "NetHack-v0" ? 0.0 : -0.01);
        var penalty = new TimePenalty(settings.PenaltyMode, settings.PenaltyStep, settings.PenaltyTime);
        NetHackTask task = id switch
        {
            "NetHackScore-v0" => new ScoreTask(penalty),
            "NetHackStaircase-v0" => new StaircaseTask(penalty),
            "NetHackStaircasePet-v0" => new StaircasePetTask(penalty),
            "NetHackOracle-v0" => new OracleTask(penalty),
            "NetHackGold-v0" => new GoldTask(penalty),
            "NetHackEat-v0" => new EatTask(penalty),
            "NetHackScout-v0" => new ScoutTask(penalty),
            "NetHack-v0" => new UsefulActionsTask(penalty),
            _ => new ChallengeTask(penalty),
        };
        return new NetHackEnvironment(id, task, settings, context.RenderMode, context.Spec);
    }
}
