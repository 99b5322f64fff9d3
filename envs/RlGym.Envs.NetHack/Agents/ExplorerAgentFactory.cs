using System.Diagnostics.CodeAnalysis;
using RlGym.Core.Agents;
using RlGym.Core.Spaces;

namespace RlGym.Envs.NetHack.Agents;

/// <summary>Makes the scripted <c>explorer</c> agent (see <see cref="ExplorerAgent"/>) for NetHack tasks with NLE's task action set.</summary>
internal sealed class ExplorerAgentFactory : IAgentFactory
{
    public string Name => "explorer";

    public string Description => "NetHack: explores, fights what blocks it, descends at stairs down (tasks with NLE's 23 task actions).";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        agent = null;
        if (context.ObservationSpace is not DictSpace space || !space.Spaces.Any(s => s.Key == NetHackObservation.Chars) ||
            context.ActionSpace is not Discrete { N: var n } || n != NetHackActions.Task.Count)
        {
            whyNot = "the explorer plays NetHack tasks with NLE's 23-action task set";
            return false;
        }
        var keys = space.Spaces.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        bool terminal = keys.Contains(NetHackObservation.TtyChars) && keys.Contains(NetHackObservation.TtyCursor);
        string[] needed = [NetHackObservation.Chars, NetHackObservation.Colors, NetHackObservation.Blstats, NetHackObservation.Message, NetHackObservation.TtyColors];
        if (needed.Any(k => !keys.Contains(k)) ||
            (!terminal && !(keys.Contains(NetHackObservation.Misc) && keys.Contains(NetHackObservation.Internal))))
        {
            whyNot = $"the explorer reads {string.Join(", ", needed)}, and tty_chars and tty_cursor (or misc and internal): add them to observation_keys";
            return false;
        }
        if (new ExplorerAgent(NetHackActions.Task) is IAgent<TObs, TAction> typed)
        {
            agent = typed;
            whyNot = null;
            return true;
        }
        whyNot = "the explorer needs dictionary observations and integer actions";
        return false;
    }
}
