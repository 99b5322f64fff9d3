using System.Runtime.InteropServices;
using Google.Protobuf;
using Grpc.Core;
using RlGym.Server.Protocol;

namespace RlGym.Server.Tensors;

/// <summary>
/// How each item type travels: its dm_env_rpc data type, its Tensor payload channel and its NumPy name. float, double,
/// sbyte, byte, int, long, uint, ulong and bool are carried as themselves; short and ushort (NetHack's glyphs), which
/// dm_env_rpc has no type for, travel widened to INT32 and UINT32 while the Gymnasium description keeps their own
/// dtype (<see cref="NumpyNameOf{T}"/>), so a client narrows them back exactly. Other item types are refused when a
/// world is made.
/// </summary>
internal static class ItemTypes
{
    /// <summary>True when items of <paramref name="type"/> can travel.</summary>
    public static bool IsCarried(Type type) => TryDataType(type, out _);

    /// <summary>The data type of items of <typeparamref name="T"/>.</summary>
    public static DataType DataTypeOf<T>() => TryDataType(typeof(T), out var d) ? d : throw new NotSupportedException($"Items of type {typeof(T).Name} cannot travel as dm_env_rpc tensors.");

    /// <summary>The NumPy name of a data type.</summary>
    public static string NumpyName(DataType type) => type switch
    {
        DataType.Float => "float32",
        DataType.Double => "float64",
        DataType.Int8 => "int8",
        DataType.Uint8 => "uint8",
        DataType.Int32 => "int32",
        DataType.Int64 => "int64",
        DataType.Uint32 => "uint32",
        DataType.Uint64 => "uint64",
        DataType.Bool => "bool",
        _ => type.ToString(),
    };

    /// <summary>The NumPy name of items of <typeparamref name="T"/> as the environment holds them (int16 for short).</summary>
    public static string NumpyNameOf<T>() => typeof(T) == typeof(short) ? "int16" : typeof(T) == typeof(ushort) ? "uint16" : NumpyName(DataTypeOf<T>());

    private static bool TryDataType(Type type, out DataType dataType)
    {
        dataType = Type.GetTypeCode(type) switch
        {
            TypeCode.Single => DataType.Float,
            TypeCode.Double => DataType.Double,
            TypeCode.SByte => DataType.Int8,
            TypeCode.Byte => DataType.Uint8,
            TypeCode.Int16 or TypeCode.Int32 => DataType.Int32,
            TypeCode.Int64 => DataType.Int64,
            TypeCode.UInt16 or TypeCode.UInt32 => DataType.Uint32,
            TypeCode.UInt64 => DataType.Uint64,
            TypeCode.Boolean => DataType.Bool,
            _ => DataType.InvalidDataType,
        };
        return dataType != DataType.InvalidDataType;
    }

    /// <summary>A tensor holding <paramref name="items"/> in the channel of their type.</summary>
    public static Tensor ToTensor<T>(ReadOnlySpan<T> items, IReadOnlyList<int> shape)
        where T : unmanaged
    {
        var tensor = new Tensor();
        tensor.Shape.AddRange(shape);
        Type type = typeof(T);
        if (type == typeof(float))
        {
            tensor.Floats = new Tensor.Types.FloatArray();
            tensor.Floats.Array.AddRange(MemoryMarshal.Cast<T, float>(items).ToArray());
        }
        else if (type == typeof(double))
        {
            tensor.Doubles = new Tensor.Types.DoubleArray();
            tensor.Doubles.Array.AddRange(MemoryMarshal.Cast<T, double>(items).ToArray());
        }
        else if (type == typeof(sbyte))
        {
            tensor.Int8S = new Tensor.Types.Int8Array { Array = ByteString.CopyFrom(MemoryMarshal.AsBytes(items)) };
        }
        else if (type == typeof(byte))
        {
            tensor.Uint8S = new Tensor.Types.Uint8Array { Array = ByteString.CopyFrom(MemoryMarshal.AsBytes(items)) };
        }
        else if (type == typeof(int))
        {
            tensor.Int32S = new Tensor.Types.Int32Array();
            tensor.Int32S.Array.AddRange(MemoryMarshal.Cast<T, int>(items).ToArray());
        }
        else if (type == typeof(long))
        {
            tensor.Int64S = new Tensor.Types.Int64Array();
            tensor.Int64S.Array.AddRange(MemoryMarshal.Cast<T, long>(items).ToArray());
        }
        else if (type == typeof(uint))
        {
            tensor.Uint32S = new Tensor.Types.Uint32Array();
            tensor.Uint32S.Array.AddRange(MemoryMarshal.Cast<T, uint>(items).ToArray());
        }
        else if (type == typeof(ulong))
        {
            tensor.Uint64S = new Tensor.Types.Uint64Array();
            tensor.Uint64S.Array.AddRange(MemoryMarshal.Cast<T, ulong>(items).ToArray());
        }
        else if (type == typeof(short))
        {
            tensor.Int32S = new Tensor.Types.Int32Array();
            foreach (short item in MemoryMarshal.Cast<T, short>(items))
            {
                tensor.Int32S.Array.Add(item);
            }
        }
        else if (type == typeof(ushort))
        {
            tensor.Uint32S = new Tensor.Types.Uint32Array();
            foreach (ushort item in MemoryMarshal.Cast<T, ushort>(items))
            {
                tensor.Uint32S.Array.Add(item);
            }
        }
        else if (type == typeof(bool))
        {
            tensor.Bools = new Tensor.Types.BoolArray();
            tensor.Bools.Array.AddRange(MemoryMarshal.Cast<T, bool>(items).ToArray());
        }
        else
        {
            throw new NotSupportedException($"Items of type {type.Name} cannot travel as dm_env_rpc tensors.");
        }
        return tensor;
    }

    /// <summary>
    /// The items of <paramref name="tensor"/> converted to <typeparamref name="T"/>. Any numeric channel is accepted
    /// when every item converts exactly; a single item fills the expected count, as the protocol allows.
    /// </summary>
    /// <exception cref="ProtocolException">When the tensor is empty, has the wrong count or an item does not convert exactly.</exception>
    public static T[] FromTensor<T>(Tensor tensor, int count, string name)
        where T : unmanaged
    {
        double[]? wide = tensor.PayloadCase switch
        {
            Tensor.PayloadOneofCase.Floats => [.. tensor.Floats.Array.Select(x => (double)x)],
            Tensor.PayloadOneofCase.Doubles => [.. tensor.Doubles.Array],
            Tensor.PayloadOneofCase.Int8S => [.. tensor.Int8S.Array.Select(x => (double)(sbyte)x)],
            Tensor.PayloadOneofCase.Uint8S => [.. tensor.Uint8S.Array.Select(x => (double)x)],
            Tensor.PayloadOneofCase.Int32S => [.. tensor.Int32S.Array.Select(x => (double)x)],
            Tensor.PayloadOneofCase.Int64S => [.. tensor.Int64S.Array.Select(x => (double)x)],
            Tensor.PayloadOneofCase.Uint32S => [.. tensor.Uint32S.Array.Select(x => (double)x)],
            Tensor.PayloadOneofCase.Uint64S => [.. tensor.Uint64S.Array.Select(x => (double)x)],
            Tensor.PayloadOneofCase.Bools => [.. tensor.Bools.Array.Select(x => x ? 1.0 : 0.0)],
            _ => null,
        };
        if (wide is null || wide.Length == 0)
        {
            throw new ProtocolException(StatusCode.InvalidArgument, $"Tensor '{name}' has no numeric items (payload {tensor.PayloadCase}); expected {count} item(s) of {NumpyName(DataTypeOf<T>())}.");
        }
        if (wide.Length != count && wide.Length != 1)
        {
            throw new ProtocolException(StatusCode.InvalidArgument, $"Tensor '{name}' has {wide.Length} items; expected {count}.");
        }
        long shapeCount = 1;
        foreach (int d in tensor.Shape)
        {
            shapeCount *= d;
        }
        if (tensor.Shape.Count > 0 && shapeCount != count && shapeCount >= 0)
        {
            throw new ProtocolException(StatusCode.InvalidArgument, $"Tensor '{name}' has shape [{string.Join(", ", tensor.Shape)}]; expected {count} item(s).");
        }
        var items = new T[count];
        for (int i = 0; i < count; i++)
        {
            double v = wide[wide.Length == 1 ? 0 : i];
            items[i] = Convert<T>(v, name);
        }
        return items;
    }

    private static T Convert<T>(double value, string name)
        where T : unmanaged
    {
        object converted;
        try
        {
            converted = Type.GetTypeCode(typeof(T)) switch
            {
                TypeCode.Single => (float)value,
                TypeCode.Double => value,
                TypeCode.Boolean => value != 0,
                _ when double.IsNaN(value) || double.IsInfinity(value) || Math.Floor(value) != value => throw new OverflowException(),
                TypeCode.SByte => checked((sbyte)value),
                TypeCode.Byte => checked((byte)value),
                TypeCode.Int16 => checked((short)value),
                TypeCode.UInt16 => checked((ushort)value),
                TypeCode.Int32 => checked((int)value),
                TypeCode.Int64 => checked((long)value),
                TypeCode.UInt32 => checked((uint)value),
                TypeCode.UInt64 => checked((ulong)value),
                _ => throw new NotSupportedException($"Items of type {typeof(T).Name} cannot travel as dm_env_rpc tensors."),
            };
        }
        catch (OverflowException)
        {
            throw new ProtocolException(StatusCode.InvalidArgument, $"Tensor '{name}' holds {value}, which is not a {NumpyNameOf<T>()}.");
        }
        return (T)converted;
    }

    /// <summary>A packed array of <paramref name="items"/> (copied) with the given shape.</summary>
    public static Protocol.Extensions.PackedArray Pack<T>(ReadOnlySpan<T> items, IEnumerable<int> shape)
        where T : unmanaged
    {
        if (typeof(T) == typeof(short) || typeof(T) == typeof(ushort))
        {
            return PackWidened(items, shape);
        }
        var array = new Protocol.Extensions.PackedArray { Dtype = DataTypeOf<T>(), Data = ByteString.CopyFrom(MemoryMarshal.AsBytes(items)) };
        array.Shape.AddRange(shape);
        return array;
    }

    /// <summary>The items of a packed array, checked for type and count (and range, for widened items).</summary>
    /// <exception cref="ProtocolException">When the data type or the byte count is not the expected one.</exception>
    public static ReadOnlySpan<T> Unpack<T>(Protocol.Extensions.PackedArray array, int count, string name)
        where T : unmanaged
    {
        if (typeof(T) == typeof(short) || typeof(T) == typeof(ushort))
        {
            var wide = typeof(T) == typeof(short) ? Widen<int>(Unpack<int>(array, count, name)) : Widen<uint>(Unpack<uint>(array, count, name));
            var narrow = new T[count];
            for (int i = 0; i < count; i++)
            {
                narrow[i] = Convert<T>(wide[i], name);
            }
            return narrow;
        }
        var expected = DataTypeOf<T>();
        if (array.Dtype != expected)
        {
            throw new ProtocolException(StatusCode.InvalidArgument, $"Packed array '{name}' holds {NumpyName(array.Dtype)}; expected {NumpyName(expected)}.");
        }
        int bytes = count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (array.Data.Length != bytes)
        {
            throw new ProtocolException(StatusCode.InvalidArgument, $"Packed array '{name}' has {array.Data.Length} bytes; expected {bytes} ({count} item(s) of {NumpyName(expected)}).");
        }
        return MemoryMarshal.Cast<byte, T>(array.Data.Span);
    }

    private static double[] Widen<TWide>(ReadOnlySpan<TWide> items)
        where TWide : unmanaged, System.Numerics.INumberBase<TWide>
    {
        var wide = new double[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            wide[i] = double.CreateChecked(items[i]);
        }
        return wide;
    }

    private static Protocol.Extensions.PackedArray PackWidened<T>(ReadOnlySpan<T> items, IEnumerable<int> shape)
        where T : unmanaged
    {
        if (typeof(T) == typeof(short))
        {
            var wide = new int[items.Length];
            var narrow = MemoryMarshal.Cast<T, short>(items);
            for (int i = 0; i < wide.Length; i++)
            {
                wide[i] = narrow[i];
            }
            return Pack<int>(wide, shape);
        }
        var unsigned = new uint[items.Length];
        var source = MemoryMarshal.Cast<T, ushort>(items);
        for (int i = 0; i < unsigned.Length; i++)
        {
            unsigned[i] = source[i];
        }
        return Pack<uint>(unsigned, shape);
    }
}
