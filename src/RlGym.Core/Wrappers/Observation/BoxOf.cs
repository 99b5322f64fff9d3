using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>The check box-only wrappers share.</summary>
internal static class BoxOf
{
    public static Box<T> Require<T>(ISpace space, string wrapper)
        where T : unmanaged, INumber<T>, IMinMaxValue<T> =>
        space as Box<T> ?? throw new ArgumentException($"{wrapper} needs a Box<{typeof(T).Name}> space; the environment has {space}.");

    public static void RequireFinite<T>(Box<T> box, string wrapper)
        where T : unmanaged, INumber<T>, IMinMaxValue<T>
    {
        for (int i = 0; i < box.Size; i++)
        {
            if (!double.IsFinite(double.CreateSaturating(box.Low[i])) || !double.IsFinite(double.CreateSaturating(box.High[i])))
            {
                throw new ArgumentException($"{wrapper} needs finite bounds; {box} has an infinite bound at item {i}.");
            }
        }
    }
}
