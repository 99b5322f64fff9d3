using System.Diagnostics;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Random;

namespace RlGym.Runner;

public static partial class EpisodeRunner
{
    /// <summary>
    /// Runs one agent per role in the parallel <paramref name="environment"/>; an episode ends when no agent is
    /// live. The agent of the r-th possible agent begins each episode with <c>Rng.DeriveSeed(episodeSeed, r)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">When a possible agent of the environment has no agent in <paramref name="agents"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the options ask for fewer than one episode.</exception>
    public static RunResult RunParallel<TObs, TAction>(
        IParallelEnvironment<TObs, TAction> environment,
        IReadOnlyDictionary<string, IAgent<TObs, TAction>> agents,
        RunOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        string[] roles = [.. environment.PossibleAgents];
        var actors = new IAgent<TObs, TAction>[roles.Length];
        var index = new Dictionary<string, int>(roles.Length, StringComparer.Ordinal);
        for (int r = 0; r < roles.Length; r++)
        {
            actors[r] = agents.TryGetValue(roles[r], out var agent) && agent is not null
                ? agent
                : throw new ArgumentException($"Role '{roles[r]}' has no agent; the environment's agents are {string.Join(", ", roles)}.", nameof(agents));
            index[roles[r]] = r;
        }
        var info = new RunInfo(environment.Spec?.Id ?? environment.GetType().Name, true, roles, [.. actors.Select(a => a.Name)], options.Episodes, options.Seed);
        var recorder = new RunRecorder(info, options.Sinks);
        var frames = environment.RenderMode == RenderMode.None ? null : options.Frames;
        var observations = new TObs[roles.Length];
        var returns = new double[roles.Length];
        var terminated = new bool[roles.Length];
        var actions = new Dictionary<string, TAction>(roles.Length, StringComparer.Ordinal);
        for (int episode = 0; episode < options.Episodes; episode++)
        {
            ulong seed = unchecked(options.Seed + (ulong)episode);
            long started = Stopwatch.GetTimestamp();
            for (int r = 0; r < roles.Length; r++)
            {
                actors[r].BeginEpisode(Rng.DeriveSeed(seed, (ulong)r));
                returns[r] = 0;
                terminated[r] = false;
            }
            var reset = environment.Reset(seed);
            for (int r = 0; r < roles.Length; r++)
            {
                observations[r] = reset.Observations.TryGetValue(roles[r], out var first) ? first : default!;
            }
            if (frames is not null && environment.Render() is { } firstFrame)
            {
                frames.OnFrame(episode, 0, firstFrame);
            }
            int length = 0;
            bool anyTerminated = false, anyTruncated = false;
            string? aborted = null;
            while (environment.Agents.Count > 0)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return recorder.Finish(cancelled: true);
                }
                actions.Clear();
                var live = environment.Agents;
                for (int j = 0; j < live.Count; j++)
                {
                    int r = index[live[j]];
                    actions[roles[r]] = actors[r].Act(observations[r]);
                }
                if (cancellationToken.IsCancellationRequested)
                {
                    return recorder.Finish(cancelled: true);
                }
                var step = environment.Step(actions);
                length++;
                foreach (var (role, action) in actions)
                {
                    int r = index[role];
                    double reward = step.Rewards.TryGetValue(role, out double value) ? value : 0;
                    bool done = step.Terminations.TryGetValue(role, out bool term) && term;
                    bool cut = step.Truncations.TryGetValue(role, out bool trunc) && trunc;
                    TObs next = step.Observations.TryGetValue(role, out var observation) ? observation : observations[r];
                    Info stepInfo = step.Infos.TryGetValue(role, out var roleInfo) ? roleInfo : Info.Empty;
                    returns[r] += reward;
                    actors[r].Observe(new Transition<TObs, TAction>(observations[r], action, reward, next, done, cut, stepInfo));
                    observations[r] = next;
                    terminated[r] |= done;
                    anyTerminated |= done;
                    anyTruncated |= cut;
                    if (aborted is null && cut && AbortedEpisode.TryGetReason(stepInfo, out string? reason))
                    {
                        aborted = reason;
                    }
                }
                if (frames is not null && environment.Render() is { } frame)
                {
                    frames.OnFrame(episode, length, frame);
                }
            }
            double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            for (int r = 0; r < roles.Length; r++)
            {
                actors[r].EndEpisode(new EpisodeStats(returns[r], length, seconds, terminated[r]));
            }
            recorder.Record(new EpisodeRecord(episode, seed, [.. returns], length, seconds, anyTerminated, anyTruncated, aborted));
        }
        return recorder.Finish(cancelled: false);
    }
}
