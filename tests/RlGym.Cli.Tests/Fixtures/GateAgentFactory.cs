using System.Diagnostics.CodeAnalysis;
using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Cli.Tests.Fixtures;

/// <summary>
/// <c>gate</c> plays 0, but its act number <c>holdAtAct</c> waits (at most 10 minutes, a guard against a hang) until <paramref name="open"/> is set:
/// a run held in the middle for as long as a test needs.
/// </summary>
public sealed class GateAgentFactory(ManualResetEventSlim open, int holdAtAct) : IAgentFactory
{
    private int _acts;

    public string Name => "gate";

    public string Description => "Plays 0 and holds the run at one act until the test opens the gate.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        agent = new Gate<TObs, TAction>(this);
        whyNot = null;
        return true;
    }

    private void Acted()
    {
        if (Interlocked.Increment(ref _acts) == holdAtAct)
        {
            open.Wait(TimeSpan.FromMinutes(10));
        }
    }

    private sealed class Gate<TObs, TAction>(GateAgentFactory owner) : IAgent<TObs, TAction>
    {
        public string Name => "gate";

        public void BeginEpisode(ulong seed)
        {
        }

        public TAction Act(TObs observation)
        {
            owner.Acted();
            return default!;
        }

        public void Observe(in Transition<TObs, TAction> transition)
        {
        }

        public void EndEpisode(in EpisodeStats stats)
        {
        }
    }
}
