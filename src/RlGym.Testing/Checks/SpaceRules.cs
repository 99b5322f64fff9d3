using RlGym.Core.Spaces;

namespace RlGym.Testing.Checks;

/// <summary>What makes a space well formed: a shape, samples that lie in the space, and seeding that makes sampling repeat.</summary>
internal static class SpaceRules
{
    /// <summary>How many samples are drawn and checked.</summary>
    public const int Samples = 100;

    /// <summary>The first problem with <paramref name="space"/>, or null.</summary>
    public static string? Problem(ISpace space, ulong seed)
    {
        if (space.Shape is null)
        {
            return "Shape is null; return an empty list for scalars and composites";
        }
        if (space.Shape.Any(d => d < 0))
        {
            return $"Shape ({string.Join(", ", space.Shape)}) has a negative dimension";
        }
        space.Seed(seed);
        var first = new object?[Samples];
        for (int i = 0; i < Samples; i++)
        {
            object sample = space.SampleObject();
            if (!space.ContainsObject(sample))
            {
                return $"sample {i} after Seed({seed}), {space.Format(sample)}, is not in the space";
            }
            first[i] = space.CopyObject(sample);
            if (!space.ValuesEqualObject(sample, first[i]))
            {
                return $"Copy of sample {i}, {space.Format(sample)}, is not equal to it";
            }
        }
        space.Seed(seed);
        for (int i = 0; i < Samples; i++)
        {
            object again = space.SampleObject();
            if (!space.ValuesEqualObject(first[i], again))
            {
                return $"after Seed({seed}) again, sample {i} was {space.Format(again)}, not {space.Format(first[i])}; the same seed must give the same samples";
            }
        }
        return null;
    }
}
