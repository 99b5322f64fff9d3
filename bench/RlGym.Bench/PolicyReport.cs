using System.Diagnostics;
using System.Globalization;
using RlGym.Agents.CatMouse.Agents;
using RlGym.Agents.Doom;
using RlGym.Agents.Ppo;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Plugins;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Envs.Doom;
using RlGym.Envs.NetHack;
using RlGym.Runner;

namespace RlGym.Bench;

/// <summary>
/// <c>-- policy ENV AGENT... [--episodes N] [--seed S] [--option k=v,...] [--plugins DIR]</c>: judges a policy on
/// held-out seeds. Plays N episodes (default 1,000; the median covers the first 1,000) reset with seeds S, S+1, ...
/// (default 100000, far from the seeds training runs evaluate on) and prints the mean return with its 95% interval and
/// the median per role, the wall time and the load. Cat and mouse, Doom and NetHack are registered.
/// Agents are spec strings as in <c>rlgym run</c> (<c>ppo:PATH</c>, <c>teacher</c>, <c>mouse=ppo:PATH</c> with
/// <c>cat=teacher</c>, ...). On CatMouse-v0 it also plays the exact optimum (agent <c>optimal</c>, planned for the
/// episode's time limit) and the teacher on the same seeds and prints the policy's mean return as a fraction of the
/// optimum's; on the cat-and-mouse duels it prints the catch rate.
/// </summary>
public static class PolicyReport
{
    private const string Usage = "usage: policy ENV AGENT... [--episodes N] [--seed S] [--option k=v,...] [--plugins DIR]";

    public static int Run(string[] args)
    {
        if (args[0] != "policy")
        {
            return -1;
        }
        try
        {
            return Report(args);
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            // A mistake in the arguments (an unknown environment or agent, a bad option, a missing or damaged file): one line.
            Console.Error.WriteLine($"policy: {e.Message}");
            return 2;
        }
    }

    private static int Report(string[] args)
    {
        string? id = null;
        var specs = new List<string>();
        int episodes = 1000;
        ulong seed = 100_000;
        var options = new List<string>();
        var plugins = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"policy: '{arg}' needs a value. {Usage}");
                return 2;
            }
            switch (arg)
            {
                case "--episodes" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out episodes) && episodes > 0:
                case "--seed" when ulong.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                case "--option":
                    options.Add(args[++i]);
                    break;
                case "--plugins":
                    plugins.Add(args[++i]);
                    break;
                case "--episodes" or "--seed":
                    Console.Error.WriteLine($"policy: {arg} is '{args[i + 1]}'; expected a whole number{(arg == "--episodes" ? " of at least 1" : "")}.");
                    return 2;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine($"policy: unknown option '{arg}'. {Usage}");
                        return 2;
                    }
                    if (id is null)
                    {
                        id = arg;
                    }
                    else
                    {
                        specs.Add(arg);
                    }
                    break;
            }
        }
        if (id is null || specs.Count == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        CatMouseEnvironments.Register(environments, agents);
        DoomEnvironments.Register(environments, agents);
        NetHackEnvironments.Register(environments, agents);
        CatMouseAgents.Register(agents);
        DoomAgents.Register(agents);
        PpoAgents.Register(agents);
        foreach (string folder in plugins)
        {
            PluginLoader.LoadDirectory(folder, environments, agents);
        }
        var envOptions = EnvOptions.Parse(options);
        Console.WriteLine($"{id}: {string.Join(' ', specs)}; {episodes} episodes on seeds {seed}-{seed + (ulong)episodes - 1}; load before {Load()}");
        var stopwatch = Stopwatch.StartNew();
        var policy = Play(environments, agents, id, specs, envOptions, episodes, seed);
        double seconds = stopwatch.Elapsed.TotalSeconds;
        for (int r = 0; r < policy.Summary.Roles.Count; r++)
        {
            var role = policy.Summary.Roles[r];
            Console.WriteLine(Line(role.Role == "agent" ? "policy" : role.Role, role.Agent, role, episodes) +
                FormattableString.Invariant($"  median {Median(policy.Episodes.Select(e => e.Returns[r])),9:F4}"));
        }
        Console.WriteLine(FormattableString.Invariant($"mean length {policy.Summary.MeanLength:F2}; {seconds:F1} s; load after {Load()}"));
        if (id == CatMouseEnvironments.CatMouseId)
        {
            int horizon = envOptions.GetInt(EnvRegistry.MaxEpisodeStepsOption, CatMouseEnvironments.GameLength, min: 1);
            var optimum = Play(environments, agents, id, [$"optimal:{horizon}"], envOptions, episodes, seed).Summary.Roles[0];
            var teacher = Play(environments, agents, id, ["teacher"], envOptions, episodes, seed).Summary.Roles[0];
            double mean = policy.Summary.Roles[0].Mean;
            Console.WriteLine(Line("optimum", $"optimal:{horizon}", optimum, episodes));
            Console.WriteLine(Line("teacher", "teacher", teacher, episodes));
            Console.WriteLine(FormattableString.Invariant(
                $"policy / optimum {mean / optimum.Mean:F4}   teacher / optimum {teacher.Mean / optimum.Mean:F4}   (exact expected optimum over uniform starts: {ExpectedOptimum(envOptions, horizon):F4})"));
        }
        var cat = policy.Summary.Roles.FirstOrDefault(r => r.Role == "cat");
        if (cat.Role == "cat" && environments.Spec(id).MultiAgent)
        {
            Console.WriteLine(FormattableString.Invariant($"catch rate {(cat.Mean + 1) / 2:P2} (the cat's mean return + 1, halved)"));
        }
        return 0;
    }

    private static RunResult Play(EnvRegistry environments, AgentRegistry agents, string id, IReadOnlyList<string> specs, EnvOptions options, int episodes, ulong seed) =>
        RegistryRunner.Run(environments, agents, new RunRequest(id) { Agents = specs, Options = options }, new RunOptions { Episodes = episodes, Seed = seed });

    private static double ExpectedOptimum(EnvOptions options, int horizon) =>
        RlGym.Envs.CatMouse.Planning.CatMouseOptimum.MeanOptimalReturn(options.GetInt("width", 6), options.GetInt("height", 6), horizon);

    private static string Line(string role, string agent, ReturnStats stats, int episodes) =>
        FormattableString.Invariant($"{role,-8} {agent,-40} mean return {stats.Mean,9:F4} +- {1.96 * stats.Std / Math.Sqrt(episodes),7:F4} (95%)  sd {stats.Std,8:F3}");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
