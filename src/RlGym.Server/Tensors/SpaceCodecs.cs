using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using RlGym.Core.Spaces;

namespace RlGym.Server.Tensors;

/// <summary>
/// Picks the codec of a space: Discrete, Box of any carried item type, MultiBinary, MultiDiscrete, Dict of those, and
/// structs whose fields share one carried item type. Anything else is refused with a one-line reason.
/// </summary>
internal static class SpaceCodecs
{
    private static readonly MethodInfo BoxMethod = typeof(SpaceCodecs).GetMethod(nameof(CreateBox), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo StructMethod = typeof(SpaceCodecs).GetMethod(nameof(CreateStruct), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The codec of a typed space.</summary>
    /// <exception cref="NotSupportedException">When the space cannot travel as tensors.</exception>
    public static SpaceCodec<T> Create<T>(ISpace<T> space, StructBounds? bounds = null) => (SpaceCodec<T>)Create((ISpace)space, bounds);

    /// <summary>The codec of a space.</summary>
    /// <exception cref="NotSupportedException">When the space cannot travel as tensors.</exception>
    public static SpaceCodec Create(ISpace space, StructBounds? bounds = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        switch (space)
        {
            case Discrete discrete:
                return new DiscreteCodec(discrete);
            case MultiBinary binary:
                return new ArrayCodec<byte>(binary, 0, 1, new JsonObject { ["type"] = "MultiBinary", ["shape"] = Ints(binary.Shape) });
            case MultiDiscrete multi:
            {
                int[] start = multi.Start.ToArray(), nvec = multi.NVec.ToArray();
                double low = start.Min(), high = start.Zip(nvec, (s, n) => (double)s + n - 1).Max();
                return new ArrayCodec<int>(multi, low, high, new JsonObject { ["type"] = "MultiDiscrete", ["nvec"] = Ints(nvec), ["start"] = Ints(start) });
            }
            case DictSpace dict:
                return new DictCodec(dict);
        }
        Type type = space.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Box<>) && ItemTypes.IsCarried(type.GetGenericArguments()[0]))
        {
            return (SpaceCodec)BoxMethod.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [space])!;
        }
        Type element = space.ElementType;
        if (element.IsValueType && !element.IsPrimitive && SharedFieldType(element) is Type item)
        {
            var (low, high) = bounds?.Invoke(space) ?? (double.NegativeInfinity, double.PositiveInfinity);
            return (SpaceCodec)StructMethod.MakeGenericMethod(element, item).Invoke(null, [space, low, high])!;
        }
        throw new NotSupportedException($"The space {space} (elements of type {element.Name}) cannot travel as dm_env_rpc tensors; carried are Discrete, Box, MultiBinary, MultiDiscrete, Dict and structs of one number type.");
    }

    private static SpaceCodec CreateBox<T>(Box<T> box)
        where T : unmanaged, INumber<T>, IMinMaxValue<T>
    {
        double[] low = [.. box.Low.ToArray().Select(double.CreateSaturating)];
        double[] high = [.. box.High.ToArray().Select(double.CreateSaturating)];
        var description = new JsonObject
        {
            ["type"] = "Box",
            ["dtype"] = ItemTypes.NumpyNameOf<T>(),
            ["shape"] = Ints(box.Shape),
            ["low"] = Bounds(low),
            ["high"] = Bounds(high),
        };
        return new ArrayCodec<T>(box, low.Length == 0 ? double.NaN : low.Min(), high.Length == 0 ? double.NaN : high.Max(), description);
    }

    private static SpaceCodec CreateStruct<T, TItem>(ISpace<T> space, double low, double high)
        where T : unmanaged
        where TItem : unmanaged => new StructCodec<T, TItem>(space, low, high);

    private static Type? SharedFieldType(Type type)
    {
        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        if (fields.Length == 0 || !ItemTypes.IsCarried(fields[0].FieldType) || fields.Any(f => f.FieldType != fields[0].FieldType))
        {
            return null;
        }
        bool unmanaged = !(bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!.MakeGenericMethod(type).Invoke(null, null)!;
        return unmanaged ? fields[0].FieldType : null;
    }

    private static JsonArray Ints(IEnumerable<int> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static JsonNode? Bounds(double[] values)
    {
        if (values.Length > 0 && values.All(v => v.Equals(values[0])))
        {
            return Number(values[0]);
        }
        return new JsonArray([.. values.Select(Number)]);
    }

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
