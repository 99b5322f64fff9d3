using RlGym.Core;

namespace RlGym.Runner.Benchmarks;

/// <summary>
/// One single-agent environment; resets (without a seed, continuing the stream) when an episode ends. Where the
/// environment has the allocation-free path (<see cref="IBufferedStep{TAction}"/>), steps write into one reused
/// observation buffer, as a learner that copies observations into its rollout would.
/// </summary>
internal sealed class SingleStepper<TObs, TAction> : Stepper
{
    private readonly IEnvironment<TObs, TAction> _environment;
    private readonly TAction[] _actions = new TAction[ActionBufferLength];
    private readonly IBufferedStep<TAction>? _buffered;
    private readonly byte[] _observation = [];
    private int _next;

    public SingleStepper(IEnvironment<TObs, TAction> environment, ulong seed)
    {
        _environment = environment;
        environment.ActionSpace.Seed(seed);
        for (int i = 0; i < _actions.Length; i++)
        {
            _actions[i] = environment.ActionSpace.Sample();
        }
        if (environment.TryGetBufferedStep(out _buffered))
        {
            _observation = new byte[_buffered.ObservationLength];
            _buffered.ResetInto(_observation, seed);
        }
        else
        {
            environment.Reset(seed);
        }
    }

    public override void Chunk(ref long steps, ref long episodes)
    {
        if (_buffered is not null)
        {
            ChunkInto(_buffered, ref episodes);
            steps += ChunkSteps;
            return;
        }
        for (int k = 0; k < ChunkSteps; k++)
        {
            var result = _environment.Step(_actions[_next++ & (ActionBufferLength - 1)]);
            if (result.Terminated || result.Truncated)
            {
                episodes++;
                _environment.Reset();
            }
        }
        steps += ChunkSteps;
    }

    private void ChunkInto(IBufferedStep<TAction> buffered, ref long episodes)
    {
        var observation = _observation.AsSpan();
        for (int k = 0; k < ChunkSteps; k++)
        {
            if (buffered.StepInto(_actions[_next++ & (ActionBufferLength - 1)], observation).IsDone)
            {
                episodes++;
                buffered.ResetInto(observation);
            }
        }
    }

    public override void Dispose() => _environment.Dispose();
}
