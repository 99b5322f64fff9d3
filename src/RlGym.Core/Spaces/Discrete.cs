namespace RlGym.Core.Spaces;

/// <summary>
/// The integers <c>Start, Start + 1, ..., Start + N - 1</c> (Gymnasium's <c>Discrete(n, start)</c>).
/// </summary>
public sealed class Discrete : Space<int>, IFlattenableSpace<int>
{
    private Box<float>? _flatSpace;

    /// <summary>Creates the space of <paramref name="n"/> integers starting at <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="n"/> is not positive.</exception>
    public Discrete(int n, int start = 0)
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "Discrete needs n > 0.");
        }
        N = n;
        Start = start;
    }

    /// <summary>How many values the space holds.</summary>
    public int N { get; }

    /// <summary>The smallest value.</summary>
    public int Start { get; }

    /// <inheritdoc />
    public override bool Contains(int value) => value >= Start && value - Start < N;

    /// <inheritdoc />
    public override int Sample() => Start + Rng.NextInt(N);

    /// <summary>
    /// A value drawn uniformly among those whose entry in <paramref name="mask"/> is 1, as Gymnasium's
    /// <c>sample(mask=...)</c>; <see cref="Start"/> when the mask allows none.
    /// </summary>
    /// <exception cref="ArgumentException">When the mask's length is not <see cref="N"/> or it holds a value other than 0 or 1.</exception>
    public int Sample(ReadOnlySpan<byte> mask)
    {
        if (mask.Length != N)
        {
            throw new ArgumentException($"The mask has {mask.Length} entries; {this} needs {N}.", nameof(mask));
        }
        int allowed = 0;
        foreach (byte m in mask)
        {
            if (m > 1)
            {
                throw new ArgumentException($"Mask entries must be 0 or 1, not {m}.", nameof(mask));
            }
            allowed += m;
        }
        if (allowed == 0)
        {
            return Start;
        }
        int pick = Rng.NextInt(allowed);
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] == 1 && pick-- == 0)
            {
                return Start + i;
            }
        }
        throw new InvalidOperationException("Unreachable: the mask count changed while sampling.");
    }

    /// <summary>
    /// A value drawn with the given probabilities (Gymnasium's <c>sample(probability=...)</c>).
    /// </summary>
    /// <exception cref="ArgumentException">When the length is not <see cref="N"/>, an entry is negative or not finite, or the sum is not 1.</exception>
    public int Sample(ReadOnlySpan<double> probabilities)
    {
        if (probabilities.Length != N)
        {
            throw new ArgumentException($"The probability vector has {probabilities.Length} entries; {this} needs {N}.", nameof(probabilities));
        }
        double sum = 0;
        foreach (double p in probabilities)
        {
            if (!double.IsFinite(p) || p < 0)
            {
                throw new ArgumentException($"Probabilities must be finite and non-negative, not {p}.", nameof(probabilities));
            }
            sum += p;
        }
        if (Math.Abs(sum - 1.0) > 1e-6)
        {
            throw new ArgumentException($"Probabilities must sum to 1, not {sum}.", nameof(probabilities));
        }
        double u = Rng.NextDouble() * sum;
        int last = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            if (probabilities[i] <= 0)
            {
                continue;
            }
            last = i;
            u -= probabilities[i];
            if (u < 0)
            {
                return Start + i;
            }
        }
        return Start + last;
    }

    /// <summary>N: a value flattens to a one-hot vector.</summary>
    public int FlatDim => N;

    /// <summary>Box(0, 1, (N,), float32), as Gymnasium's <c>flatten_space</c> gives.</summary>
    public Box<float> FlatSpace => _flatSpace ??= new Box<float>(0f, 1f, N);

    /// <summary>Writes the one-hot vector of <paramref name="value"/> (1 at <c>value - Start</c>); allocates nothing.</summary>
    /// <exception cref="ArgumentException">When the value is not in the space or the destination does not hold N floats.</exception>
    public void Flatten(int value, Span<float> destination)
    {
        FlatChecks.Length(this, N, destination.Length, nameof(destination));
        FlatChecks.Member(this, value);
        destination.Clear();
        destination[value - Start] = 1f;
    }

    /// <summary>The value of the first nonzero entry of the one-hot vector <paramref name="flat"/>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/> does not hold N floats or has no nonzero entry.</exception>
    public int Unflatten(ReadOnlySpan<float> flat)
    {
        FlatChecks.Length(this, N, flat.Length, nameof(flat));
        return Start + FlatChecks.Hot(this, flat);
    }

    /// <inheritdoc />
    public override string ToString() => Start == 0 ? $"Discrete({N})" : $"Discrete({N}, start={Start})";
}
