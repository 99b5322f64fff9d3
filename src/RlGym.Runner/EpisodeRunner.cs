using System.Diagnostics;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;

namespace RlGym.Runner;

/// <summary>
/// Runs headless episodes of agents in environments. Episode i is reset with seed <c>options.Seed + i</c> and the
/// agent of role r begins it with <c>Rng.DeriveSeed(options.Seed + i, r)</c>, so any episode can be replayed alone.
/// Cancellation is checked between an action and the step it would take: the partial episode is dropped, and
/// the sinks get every completed episode and the summary. The loop itself allocates nothing per step.
/// </summary>
public static partial class EpisodeRunner
{
    /// <summary>Runs <paramref name="agent"/> in the single-agent <paramref name="environment"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the options ask for fewer than one episode.</exception>
    public static RunResult Run<TObs, TAction>(
        IEnvironment<TObs, TAction> environment, IAgent<TObs, TAction> agent, RunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var info = new RunInfo(environment.Spec?.Id ?? environment.GetType().Name, false, [RunInfo.SingleRole], [agent.Name], options.Episodes, options.Seed);
        var recorder = new RunRecorder(info, options.Sinks);
        var frames = environment.RenderMode == RenderMode.None ? null : options.Frames;
        for (int episode = 0; episode < options.Episodes; episode++)
        {
            if (PlayEpisode(environment, agent, episode, unchecked(options.Seed + (ulong)episode), frames, cancellationToken) is not { } record)
            {
                return recorder.Finish(cancelled: true);
            }
            recorder.Record(record);
        }
        return recorder.Finish(cancelled: false);
    }

    // Plays episode number `episode` from a reset with `seed` to its end; null when cancelled first (the partial
    // episode is dropped). The agent begins it with Rng.DeriveSeed(seed, 0), so where it is played does not matter.
    private static EpisodeRecord? PlayEpisode<TObs, TAction>(
        IEnvironment<TObs, TAction> environment, IAgent<TObs, TAction> agent, int episode, ulong seed, IFrameSink? frames, CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        agent.BeginEpisode(Rng.DeriveSeed(seed, 0));
        TObs observation = environment.Reset(seed).Observation;
        if (frames is not null && environment.Render() is { } first)
        {
            frames.OnFrame(episode, 0, first);
        }
        double episodeReturn = 0;
        int length = 0;
        StepResult<TObs> step = default;
        while (!step.IsDone)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            TAction action = agent.Act(observation);
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            step = environment.Step(action);
            length++;
            episodeReturn += step.Reward;
            agent.Observe(new Transition<TObs, TAction>(observation, action, step.Reward, step.Observation, step.Terminated, step.Truncated, step.Info));
            if (frames is not null && environment.Render() is { } frame)
            {
                frames.OnFrame(episode, length, frame);
            }
            observation = step.Observation;
        }
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        agent.EndEpisode(new EpisodeStats(episodeReturn, length, seconds, step.Terminated));
        AbortedEpisode.TryGetReason(step.Info, out string? aborted);
        return new EpisodeRecord(episode, seed, [episodeReturn], length, seconds, step.Terminated, step.Truncated, aborted);
    }
}
