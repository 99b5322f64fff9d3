using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>
/// <c>scripted:N</c> always plays N. When given a cancellation source and a count, it cancels the source at that
/// act: a stand-in for Ctrl+C at a known moment.
/// </summary>
public sealed class ScriptedAgentFactory(CancellationTokenSource? interrupt = null, int interruptAtAct = 0) : IAgentFactory
{
    private int _acts;

    public string Name => "scripted";

    public string Description => "Always plays the action after the colon.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        agent = null;
        if (typeof(TAction) != typeof(int))
        {
            whyNot = "it plays int actions only";
            return false;
        }
        int action = int.Parse(context.Argument ?? "0", CultureInfo.InvariantCulture);
        agent = (IAgent<TObs, TAction>)(object)new Scripted<TObs>(this, action);
        whyNot = null;
        return true;
    }

    private void Acted()
    {
        if (Interlocked.Increment(ref _acts) == interruptAtAct)
        {
            interrupt?.Cancel();
        }
    }

    private sealed class Scripted<TObs>(ScriptedAgentFactory owner, int action) : IAgent<TObs, int>
    {
        public string Name => $"scripted:{action}";

        public void BeginEpisode(ulong seed)
        {
        }

        public int Act(TObs observation)
        {
            owner.Acted();
            return action;
        }

        public void Observe(in Transition<TObs, int> transition)
        {
        }

        public void EndEpisode(in EpisodeStats stats)
        {
        }
    }
}
