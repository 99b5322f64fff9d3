using System.Numerics;
using System.Runtime.CompilerServices;

namespace RlGym.Core.Random;

/// <summary>
/// The reproducible random number generator every environment and space owns: xoshiro256** (Blackman and
/// Vigna, 2018) whose 256-bit state is filled from a 64-bit seed by SplitMix64. The algorithm is fixed and
/// documented so that a seed means the same stream on every platform and every .NET version, which
/// <see cref="System.Random"/> does not promise.
/// </summary>
public sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Creates a generator seeded with <paramref name="seed"/>.</summary>
    public Rng(ulong seed) => Reseed(seed);

    /// <summary>Creates a generator seeded from the operating system's entropy source.</summary>
    public Rng() : this(EntropySeed()) { }

    /// <summary>The seed last given to this generator (by the constructor or <see cref="Reseed"/>).</summary>
    public ulong Seed { get; private set; }

    /// <summary>Resets the stream to the start of the one <paramref name="seed"/> names.</summary>
    public void Reseed(ulong seed)
    {
        Seed = seed;
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>A seed from the operating system's entropy source, for unseeded construction.</summary>
    public static ulong EntropySeed()
    {
        Span<byte> bytes = stackalloc byte[8];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes);
    }

    /// <summary>
    /// The seed of child <paramref name="index"/> of <paramref name="seed"/>: how composite spaces and
    /// multi-part environments give each part its own independent, reproducible stream.
    /// </summary>
    public static ulong DeriveSeed(ulong seed, ulong index)
    {
        ulong x = seed ^ (0x9E3779B97F4A7C15UL * (index + 1));
        return SplitMix64(ref x);
    }

    /// <summary>The next 64 uniformly random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="exclusiveMax"/>), without modulo bias (Lemire's method).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="exclusiveMax"/> is not positive.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int exclusiveMax)
    {
        if (exclusiveMax <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exclusiveMax), exclusiveMax, "The upper bound must be positive.");
        }
        return (int)NextUInt64Below((ulong)exclusiveMax);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>] (both included).</summary>
    public long NextLong(long min, long max)
    {
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The upper bound must be at least the lower bound {min}.");
        }
        ulong span = (ulong)(max - min);
        return span == ulong.MaxValue ? (long)NextUInt64() : min + (long)NextUInt64Below(span + 1);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) for any positive 64-bit bound.</summary>
    public ulong NextUInt64Below(ulong bound)
    {
        ulong hi = Math.BigMul(NextUInt64(), bound, out ulong lo);
        if (lo < bound)
        {
            ulong threshold = (0UL - bound) % bound;
            while (lo < threshold)
            {
                hi = Math.BigMul(NextUInt64(), bound, out lo);
            }
        }
        return hi;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform float in [0, 1) with 24 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1 << 24));

    /// <summary>A standard normal draw (Box–Muller on two uniform draws).</summary>
    public double NextGaussian()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Copies the full generator state, so that a stream can be compared or replayed.</summary>
    public RngState GetState() => new(_s0, _s1, _s2, _s3);

    /// <summary>Restores a state taken by <see cref="GetState"/>.</summary>
    public void SetState(RngState state)
    {
        if ((state.S0 | state.S1 | state.S2 | state.S3) == 0)
        {
            throw new ArgumentException("An all-zero state is not a valid xoshiro256** state.", nameof(state));
        }
        (_s0, _s1, _s2, _s3) = (state.S0, state.S1, state.S2, state.S3);
    }

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
