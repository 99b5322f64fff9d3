using RlGym.Core.Vector;

namespace RlGym.Agents.Ppo;

/// <summary>Plays one greedy episode in each copy of a vector (copy i on seed + i) and averages their returns.</summary>
internal static class PolicyEvaluation
{
    /// <summary>The most steps an evaluation takes before it counts unfinished episodes as they stand.</summary>
    public const int MaxSteps = 100_000;

    public static PpoEvaluation Run<TObs, TAction>(IVectorEnvironment<TObs, TAction> envs, PolicyActor<TObs, TAction> policy, ulong seed)
    {
        int n = envs.Count;
        var returns = new double[n];
        var lengths = new int[n];
        var done = new bool[n];
        var actions = new TAction[n];
        var reset = envs.Reset(seed);
        var observations = reset.Observations.ToArray();
        var infos = reset.Infos.ToArray();
        int remaining = n;
        for (int step = 0; step < MaxSteps && remaining > 0; step++)
        {
            policy.Act(observations, infos, actions, rng: null);
            var result = envs.Step(actions);
            for (int i = 0; i < n; i++)
            {
                if (done[i])
                {
                    continue;
                }
                returns[i] += result.Rewards[i];
                lengths[i]++;
                if (result.Terminated[i] || result.Truncated[i])
                {
                    done[i] = true;
                    remaining--;
                }
            }
            result.Observations.CopyTo(observations);
            result.Infos.CopyTo(infos);
        }
        return new PpoEvaluation(n, returns.Average(), lengths.Average());
    }
}
