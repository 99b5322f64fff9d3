using RlGym.Core.Random;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// The aggregated training set (DAgger): every game the student played, as its observations and the teacher's labels
/// (-100, ignored by the loss, for moves after a catch ended the game). A ring: the oldest games go first when full.
/// </summary>
internal sealed class GameAggregate
{
    public const long Ignored = -100;

    private readonly int _moves;
    private readonly float[] _inputs;
    private readonly long[] _labels;
    private int _next;

    public GameAggregate(int capacity, int moves)
    {
        Capacity = capacity;
        _moves = moves;
        _inputs = new float[(long)capacity * moves * CatMouseObservation.Length];
        _labels = new long[(long)capacity * moves];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    /// <summary>Adds games laid out as [game, move, 4] inputs and [game, move] labels.</summary>
    public void Add(ReadOnlySpan<float> inputs, ReadOnlySpan<long> labels, int games)
    {
        int inputStride = _moves * CatMouseObservation.Length;
        for (int g = 0; g < games; g++)
        {
            inputs.Slice(g * inputStride, inputStride).CopyTo(_inputs.AsSpan(_next * inputStride, inputStride));
            labels.Slice(g * _moves, _moves).CopyTo(_labels.AsSpan(_next * _moves, _moves));
            _next = (_next + 1) % Capacity;
            Count = Math.Min(Count + 1, Capacity);
        }
    }

    /// <summary>Copies <paramref name="games"/> games drawn uniformly (with replacement) to the given offsets of the buffers.</summary>
    public void Sample(Rng rng, int games, Span<float> inputs, Span<long> labels)
    {
        int inputStride = _moves * CatMouseObservation.Length;
        for (int g = 0; g < games; g++)
        {
            int source = rng.NextInt(Count);
            _inputs.AsSpan(source * inputStride, inputStride).CopyTo(inputs.Slice(g * inputStride, inputStride));
            _labels.AsSpan(source * _moves, _moves).CopyTo(labels.Slice(g * _moves, _moves));
        }
    }
}
