namespace RlGym.Core.Random;

/// <summary>
/// NumPy's legacy global generator (<c>np.random.seed</c>, <c>np.random.random</c>, <c>np.random.randint</c>) reproduced
/// draw for draw: MT19937 seeded with Matsumoto and Nishimura's <c>init_genrand</c>, 53-bit doubles from two 32-bit
/// outputs, and bounded integers by masked rejection, as NumPy's <c>RandomState</c> draws them. It exists so that
/// users can compare a run against a Python/NumPy script seed for seed; everything else uses <see cref="Rng"/>.
/// </summary>
public sealed class NumpyRandomState
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] _mt = new uint[N];
    private int _index;

    /// <summary>Seeds the generator as <c>np.random.seed(seed)</c> does for a seed in [0, 2^32).</summary>
    public NumpyRandomState(uint seed) => Seed(seed);

    /// <summary>Reseeds as <c>np.random.seed(seed)</c>.</summary>
    public void Seed(uint seed)
    {
        _mt[0] = seed;
        for (int i = 1; i < N; i++)
        {
            _mt[i] = 1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        }
        _index = N;
    }

    /// <summary>The next 32-bit output of MT19937.</summary>
    public uint NextUInt32()
    {
        if (_index >= N)
        {
            Twist();
        }
        uint y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>A double in [0, 1), as <c>np.random.random()</c>.</summary>
    public double RandomSample()
    {
        uint a = NextUInt32() >> 5;
        uint b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /// <summary>An integer in [<paramref name="low"/>, <paramref name="high"/>), as <c>np.random.randint(low, high)</c>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="high"/> is not above <paramref name="low"/>.</exception>
    public int RandInt(int low, int high)
    {
        if (high <= low)
        {
            throw new ArgumentException($"randint needs low < high, got low={low}, high={high}.");
        }
        uint range = (uint)(high - low - 1);
        if (range == 0)
        {
            return low;
        }
        uint mask = range;
        mask |= mask >> 1;
        mask |= mask >> 2;
        mask |= mask >> 4;
        mask |= mask >> 8;
        mask |= mask >> 16;
        uint value;
        while ((value = NextUInt32() & mask) > range)
        {
        }
        return low + (int)value;
    }

    /// <summary>The generator's state as NumPy's <c>get_state()</c> reports it: the 624-word key and the position in it.</summary>
    public (uint[] Key, int Position) GetState() => ((uint[])_mt.Clone(), _index);

    /// <summary>Restores a state taken by <see cref="GetState"/>.</summary>
    /// <exception cref="ArgumentException">When the key is not 624 words or the position is outside [0, 624].</exception>
    public void SetState(uint[] key, int position)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != N || position < 0 || position > N)
        {
            throw new ArgumentException($"An MT19937 state is {N} words and a position from 0 to {N}; got {key.Length} words and position {position}.");
        }
        key.CopyTo(_mt, 0);
        _index = position;
    }

    private void Twist()
    {
        for (int k = 0; k < N; k++)
        {
            uint y = (_mt[k] & 0x80000000u) | (_mt[(k + 1) % N] & 0x7fffffffu);
            _mt[k] = _mt[(k + M) % N] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
        }
        _index = 0;
    }
}
