using BenchmarkDotNet.Attributes;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.NetHack;

namespace RlGym.Bench;

/// <summary>
/// The scripted <c>explorer</c> against <c>random</c> on NetHackScore-v0 and NetHackStaircase-v0: 100 seeded episodes
/// each (seeds 1 to 100, the same for both agents, NLE's 5,000-step limit), mean and median return. Run with
/// <c>--filter *NetHackExplorer*</c>; the table is printed and written to
/// <c>BenchmarkDotNet.Artifacts/results/nethack-explorer.md</c>.
/// </summary>
[Config(typeof(NetHackSingleRunConfig))]
public class NetHackExplorerEvaluation
{
    private const int Episodes = 100;

    [Benchmark]
    public int Evaluate()
    {
        var registry = new EnvRegistry();
        var agents = new AgentRegistry();
        NetHackEnvironments.Register(registry, agents);
        var lines = new List<string>
        {
            $"# explorer vs random, {Episodes} seeded episodes each (seeds 1-{Episodes})",
            "",
            "| task | agent | mean return | median return | mean length | goal reached | died | step limit | steps/s |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        foreach (string id in new[] { "NetHackScore-v0", "NetHackStaircase-v0" })
        {
            foreach (string agent in new[] { "explorer", "random" })
            {
                lines.Add(Run(registry, agents, id, agent));
            }
        }
        NetHackProcessCounts.Report("nethack-explorer.md", lines);
        return lines.Count;
    }

    private static string Run(EnvRegistry registry, AgentRegistry agents, string id, string name)
    {
        using var env = registry.Make<IReadOnlyDictionary<string, object>, int>(id);
        var agent = agents.Create(name, new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var returns = new List<double>();
        long steps = 0;
        int reached = 0, died = 0, limit = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (ulong seed = 1; seed <= Episodes; seed++)
        {
            var observation = env.Reset(seed).Observation;
            agent.BeginEpisode(seed);
            double total = 0;
            while (true)
            {
                var result = env.Step(agent.Act(observation));
                observation = result.Observation;
                total += result.Reward;
                steps++;
                if (result.IsDone)
                {
                    string status = result.Info.TryGet(NetHackInfo.EndStatus, out string? s) && s is not null ? s : "";
                    reached += status == NetHackInfo.StatusSuccess ? 1 : 0;
                    died += status == NetHackInfo.StatusDeath ? 1 : 0;
                    limit += result.Truncated ? 1 : 0;
                    break;
                }
            }
            returns.Add(total);
        }
        returns.Sort();
        double median = (returns[(returns.Count - 1) / 2] + returns[returns.Count / 2]) / 2;
        return $"| {id} | {name} | {returns.Average():F2} | {median:F2} | {(double)steps / Episodes:F0} | {reached} | {died} | {limit} | {steps / watch.Elapsed.TotalSeconds:F0} |";
    }
}
