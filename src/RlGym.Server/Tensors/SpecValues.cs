using RlGym.Server.Protocol;

namespace RlGym.Server.Tensors;

/// <summary>Builds TensorSpec bounds in the field of the spec's data type (int8 in int8, uint8 in uint8, ...).</summary>
internal static class SpecValues
{
    /// <summary>A bound of <paramref name="value"/> for items of <paramref name="type"/>; null for an infinite bound.</summary>
    public static TensorSpec.Types.Value? Of(DataType type, double value)
    {
        if (!double.IsFinite(value))
        {
            return null;
        }
        var bound = new TensorSpec.Types.Value();
        switch (type)
        {
            case DataType.Float: bound.Float = (float)value; break;
            case DataType.Double: bound.Double = value; break;
            case DataType.Int8: bound.Int8 = (int)value; break;
            case DataType.Uint8: bound.Uint8 = (uint)value; break;
            case DataType.Int32: bound.Int32 = (int)value; break;
            case DataType.Int64: bound.Int64 = (long)value; break;
            case DataType.Uint32: bound.Uint32 = (uint)value; break;
            case DataType.Uint64: bound.Uint64 = (ulong)value; break;
            default: return null;
        }
        return bound;
    }

    /// <summary>A spec with the given name, shape, type and optional bounds.</summary>
    public static TensorSpec Spec(string name, IEnumerable<int> shape, DataType type, double min = double.NaN, double max = double.NaN)
    {
        var spec = new TensorSpec { Name = name, Dtype = type, Min = Of(type, min), Max = Of(type, max) };
        spec.Shape.AddRange(shape);
        return spec;
    }
}
