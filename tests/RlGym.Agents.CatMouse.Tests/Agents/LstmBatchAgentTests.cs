using RlGym.Agents.CatMouse.Agents;
using RlGym.Agents.CatMouse.Tests.Lstm;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Tests.Agents;

[Collection(TrainedBrainsCollection.Name)]
public sealed class LstmBatchAgentTests(TrainedBrains brains)
{
    private readonly EnvRegistry _environments = new();
    private readonly AgentRegistry _agents = new();

    private AgentContext<CatMouseObservation, int> Seat(IParallelEnvironment<CatMouseObservation, int> env, string role) =>
        new(env, env.ObservationSpace(role), env.ActionSpace(role), role, null);

    [Fact]
    public void A_batch_of_lanes_answers_each_lane_as_a_lone_agent_would()
    {
        CatMouseEnvironments.Register(_environments, _agents);
        CatMouseAgents.Register(_agents);
        const int lanes = 5;
        var envs = Enumerable.Range(0, lanes).Select(_ => _environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId)).ToArray();
        using var batch = _agents.CreateBatch("lstm:" + brains.CatPath, [.. envs.Select(e => Seat(e, "cat"))]);
        var lone = envs.Select(e => _agents.Create("lstm:" + brains.CatPath, Seat(e, "cat"))).ToArray();
        var observations = envs.Select((e, i) => e.Reset((ulong)i).Observations["cat"]).ToArray();
        batch.BeginEpisodes(new ulong[lanes]);
        foreach (var agent in lone)
        {
            agent.BeginEpisode(0);
        }
        var actions = new int[lanes];
        for (int move = 0; move < 6; move++)
        {
            batch.Act(observations, actions);
            for (int lane = 0; lane < lanes; lane++)
            {
                Assert.Equal(lone[lane].Act(observations[lane]), actions[lane]);
                // Each lane sees its own sequence, so the memories differ from lane to lane.
                observations[lane] = new CatMouseObservation((move % 6) / 5f, lane / 5f, ((move + lane) % 6) / 5f, 1f - lane / 5f);
            }
        }
        Assert.Equal(lanes, batch.Lanes);
        Assert.Equal($"lstm:{brains.CatPath}", batch.Name);
        Assert.Throws<ArgumentException>(() => batch.Act(observations.AsSpan(0, 2), actions.AsSpan(0, 2)));
        foreach (var agent in lone)
        {
            (agent as IDisposable)?.Dispose();
        }
        foreach (var env in envs)
        {
            env.Dispose();
        }
    }
}
