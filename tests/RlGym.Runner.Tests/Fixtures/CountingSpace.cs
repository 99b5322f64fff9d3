using RlGym.Core.Spaces;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>The integers 0..N-1, counting how often it is sampled.</summary>
public sealed class CountingSpace(int n) : Space<int>
{
    public int N { get; } = n;

    public int Samples { get; private set; }

    public override bool Contains(int value) => value >= 0 && value < N;

    public override int Sample()
    {
        Samples++;
        return Rng.NextInt(N);
    }

    public override string ToString() => $"Counting({N})";
}
