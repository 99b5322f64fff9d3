using System.Numerics;
using System.Reflection;
using RlGym.Core.Spaces;

namespace RlGym.Testing.Checks;

/// <summary>
/// Builds values just outside a space, for the space types the kit knows: Discrete, Box of any number type,
/// MultiDiscrete, MultiBinary, Text, Dict and Tuple (recursively). Every value returned is checked not to be
/// in the space.
/// </summary>
internal static class InvalidValues
{
    private static readonly MethodInfo BoxMethod =
        typeof(InvalidValues).GetMethod(nameof(ForBox), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Values outside <paramref name="space"/>, or null when its type is not one the kit knows.</summary>
    /// <param name="space">The space.</param>
    /// <param name="seed">Seeds the samples composite values start from.</param>
    public static IReadOnlyList<object>? For(ISpace space, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(space);
        IEnumerable<object>? candidates = space switch
        {
            Discrete d => ForDiscrete(d),
            MultiDiscrete m => ForMultiDiscrete(m),
            MultiBinary b => [Replaced(new byte[b.Size], (byte)2), new byte[b.Size + 1]],
            TextSpace t => ForText(t),
            DictSpace d => ForDict(d, seed),
            TupleSpace t => ForTuple(t, seed),
            _ when space.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Box<>) =>
                (IEnumerable<object>)BoxMethod.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [space])!,
            _ => null,
        };
        return candidates?.Where(v => !space.ContainsObject(v)).ToList();
    }

    /// <summary>The reason given when a space's type is not one the kit knows.</summary>
    public static string UnknownSpace(ISpace space) =>
        $"the kit cannot build actions outside {space} ({space.GetType().Name}); it knows Discrete, Box, MultiDiscrete, MultiBinary, Text, Dict and Tuple";

    private static IEnumerable<object> ForDiscrete(Discrete d)
    {
        if (d.Start > int.MinValue)
        {
            yield return d.Start - 1;
        }
        if ((long)d.Start + d.N <= int.MaxValue)
        {
            yield return d.Start + d.N;
        }
    }

    private static IEnumerable<object> ForMultiDiscrete(MultiDiscrete m)
    {
        int[] start = m.Start.ToArray();
        int[] nvec = m.NVec.ToArray();
        if ((long)start[0] + nvec[0] <= int.MaxValue)
        {
            yield return Replaced((int[])start.Clone(), start[0] + nvec[0]);
        }
        yield return (int[])[.. start, start[0]];
    }

    private static IEnumerable<object> ForText(TextSpace t)
    {
        if (t.MaxLength < 100_000)
        {
            yield return new string(t.Charset[0], t.MaxLength + 1);
        }
        if (t.MinLength > 0)
        {
            yield return new string(t.Charset[0], t.MinLength - 1);
        }
        int length = Math.Max(t.MinLength, 1);
        for (char c = '!'; c < '\uD7FF' && length <= t.MaxLength && length < 100_000; c++)
        {
            if (!t.Charset.Contains(c, StringComparison.Ordinal))
            {
                yield return new string(c, length);
                break;
            }
        }
    }

    private static IEnumerable<object> ForDict(DictSpace d, ulong seed)
    {
        d.Seed(seed);
        var sample = d.Sample();
        var (firstKey, firstSpace) = d.Spaces[0];
        yield return sample.Where(kv => kv.Key != firstKey).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        yield return new Dictionary<string, object>(sample, StringComparer.Ordinal) { ["not-a-key"] = sample[firstKey] };
        foreach (object bad in For(firstSpace, seed) ?? [])
        {
            yield return new Dictionary<string, object>(sample, StringComparer.Ordinal) { [firstKey] = bad };
        }
    }

    private static IEnumerable<object> ForTuple(TupleSpace t, ulong seed)
    {
        t.Seed(seed);
        object[] sample = t.Sample();
        yield return sample[..^1];
        foreach (object bad in For(t.Spaces[0], seed) ?? [])
        {
            yield return Replaced((object[])sample.Clone(), bad);
        }
    }

    private static IEnumerable<object> ForBox<T>(Box<T> box)
        where T : unmanaged, INumber<T>, IMinMaxValue<T>
    {
        T[] inside = box.Low.ToArray();
        yield return (T[])[.. inside, inside.Length > 0 ? inside[0] : T.Zero];
        if (inside.Length == 0)
        {
            yield break;
        }
        if (Outside(box.Low[0], box.High[0]) is T outside)
        {
            yield return Replaced((T[])inside.Clone(), outside);
        }
        if (!Box<T>.IsInteger)
        {
            yield return Replaced((T[])inside.Clone(), T.CreateSaturating(double.NaN));
        }
    }

    private static T? Outside<T>(T low, T high)
        where T : unmanaged, INumber<T>, IMinMaxValue<T>
    {
        if (Box<T>.IsInteger)
        {
            return high < T.MaxValue ? high + T.One : low > T.MinValue ? low - T.One : null;
        }
        double h = double.CreateSaturating(high), l = double.CreateSaturating(low);
        foreach (double candidate in new[] { h + Math.Abs(h) + 1, double.PositiveInfinity, l - Math.Abs(l) - 1, double.NegativeInfinity })
        {
            T value = T.CreateSaturating(candidate);
            if (value > high || value < low)
            {
                return value;
            }
        }
        return null;
    }

    private static TItem[] Replaced<TItem>(TItem[] items, TItem first)
    {
        items[0] = first;
        return items;
    }
}
