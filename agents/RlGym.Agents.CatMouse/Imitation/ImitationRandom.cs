using RlGym.Core.Random;

namespace RlGym.Agents.CatMouse.Imitation;

/// <summary>Draws a trainer's weights and start cells from either RlGym's generator or NumPy's legacy one.</summary>
internal sealed class ImitationRandom
{
    private readonly Rng? _rng;
    private readonly NumpyRandomState? _numpy;

    public ImitationRandom(StartCellSource source, ulong seed)
    {
        if (source == StartCellSource.Numpy)
        {
            if (seed > uint.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(seed), seed, "NumPy's legacy seeding takes a seed from 0 to 4294967295.");
            }
            _numpy = new NumpyRandomState((uint)seed);
        }
        else
        {
            _rng = new Rng(seed);
        }
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextUnit() => _numpy?.RandomSample() ?? _rng!.NextDouble();

    /// <summary>An integer in [0, n).</summary>
    public int NextInt(int n) => _numpy?.RandInt(0, n) ?? _rng!.NextInt(n);
}
