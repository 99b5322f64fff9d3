namespace RlGym.Core.Agents;

/// <summary>A batch agent made of one ordinary agent per lane (each made for its own lane's environment).</summary>
internal sealed class LaneAgents<TObs, TAction>(string name, IAgent<TObs, TAction>[] agents) : IBatchAgent<TObs, TAction>
{
    public string Name { get; } = name;

    public int Lanes => agents.Length;

    public void BeginEpisodes(ReadOnlySpan<ulong> seeds)
    {
        RequireLanes(seeds.Length, agents.Length);
        for (int lane = 0; lane < agents.Length; lane++)
        {
            agents[lane].BeginEpisode(seeds[lane]);
        }
    }

    public void Act(ReadOnlySpan<TObs> observations, Span<TAction> actions)
    {
        RequireLanes(observations.Length, actions.Length);
        for (int lane = 0; lane < agents.Length; lane++)
        {
            actions[lane] = agents[lane].Act(observations[lane]);
        }
    }

    public void Dispose()
    {
        foreach (var agent in agents)
        {
            (agent as IDisposable)?.Dispose();
        }
    }

    private void RequireLanes(int inputs, int outputs)
    {
        if (inputs != agents.Length || outputs != agents.Length)
        {
            throw new ArgumentException($"Batch agent '{Name}' plays {agents.Length} lanes; got {inputs} inputs and room for {outputs} outputs.");
        }
    }
}
