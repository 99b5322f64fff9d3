using RlGym.Core;

namespace RlGym.Runner.Benchmarks;

/// <summary>One single-agent environment; resets (without a seed, continuing the stream) when an episode ends.</summary>
internal sealed class SingleStepper<TObs, TAction> : Stepper
{
    private readonly IEnvironment<TObs, TAction> _environment;
    private readonly TAction[] _actions = new TAction[ActionBufferLength];
    private int _next;

    public SingleStepper(IEnvironment<TObs, TAction> environment, ulong seed)
    {
        _environment = environment;
        environment.ActionSpace.Seed(seed);
        for (int i = 0; i < _actions.Length; i++)
        {
            _actions[i] = environment.ActionSpace.Sample();
        }
        environment.Reset(seed);
    }

    public override void Chunk(ref long steps, ref long episodes)
    {
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

    public override void Dispose() => _environment.Dispose();
}
