using RlGym.Core.Vector;

namespace RlGym.Runner.Benchmarks;

/// <summary>N copies stepped together; finished copies reset on their next step (Gymnasium's next-step autoreset).</summary>
internal sealed class VectorStepper<TObs, TAction> : Stepper
{
    private readonly IVectorEnvironment<TObs, TAction> _vector;
    private readonly TAction[] _actions;
    private readonly int _rows;
    private int _next;

    public VectorStepper(IVectorEnvironment<TObs, TAction> vector, ulong seed)
    {
        _vector = vector;
        int count = vector.Count;
        _rows = Math.Max(1, ActionBufferLength / count);
        _actions = new TAction[_rows * count];
        vector.SingleActionSpace.Seed(seed);
        for (int i = 0; i < _actions.Length; i++)
        {
            _actions[i] = vector.SingleActionSpace.Sample();
        }
        vector.Reset(seed);
    }

    public override void Chunk(ref long steps, ref long episodes)
    {
        int count = _vector.Count;
        int calls = Math.Max(1, ChunkSteps / count);
        for (int k = 0; k < calls; k++)
        {
            int row = _next++ % _rows;
            var result = _vector.Step(_actions.AsSpan(row * count, count));
            var terminated = result.Terminated;
            var truncated = result.Truncated;
            for (int i = 0; i < count; i++)
            {
                if (terminated[i] || truncated[i])
                {
                    episodes++;
                }
            }
        }
        steps += (long)calls * count;
    }

    public override void Dispose() => _vector.Dispose();
}
