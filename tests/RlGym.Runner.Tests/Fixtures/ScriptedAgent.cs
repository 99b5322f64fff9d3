using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>Always plays one action and records every call the runner makes.</summary>
public sealed class ScriptedAgent(int action, string name = "scripted") : IAgent<int, int>
{
    public string Name { get; } = name;

    public List<ulong> Seeds { get; } = [];

    public List<Transition<int, int>> Transitions { get; } = [];

    public List<EpisodeStats> Ended { get; } = [];

    public int Acts { get; private set; }

    /// <summary>Called on every Act with the count of acts so far (from 1).</summary>
    public Action<int>? OnAct { get; init; }

    public bool Record { get; init; } = true;

    public void BeginEpisode(ulong seed) => Seeds.Add(seed);

    public int Act(int observation)
    {
        Acts++;
        OnAct?.Invoke(Acts);
        return action;
    }

    public void Observe(in Transition<int, int> transition)
    {
        if (Record)
        {
            Transitions.Add(transition);
        }
    }

    public void EndEpisode(in EpisodeStats stats) => Ended.Add(stats);
}
