using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace RlGym.Torch;

/// <summary>Copies between .NET memory and CPU tensors, with the shape and type checks TorchSharp leaves to the native side.</summary>
public static class TensorData
{
    /// <summary>A new float32 CPU tensor of <paramref name="shape"/> holding a copy of <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">When a size is negative or the shape does not hold exactly as many numbers as given.</exception>
    public static Tensor FromFloats(ReadOnlySpan<float> values, params long[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        long count = Count(shape);
        if (count != values.Length)
        {
            throw new ArgumentException($"A tensor of shape {Describe(shape)} holds {count} numbers; {values.Length} were given.", nameof(values));
        }
        var tensor = torch.empty(shape, ScalarType.Float32);
        MemoryMarshal.AsBytes(values).CopyTo(tensor.bytes);
        return tensor;
    }

    /// <summary>A new int64 CPU tensor of <paramref name="shape"/> holding a copy of <paramref name="values"/> (class labels, say).</summary>
    /// <exception cref="ArgumentException">When a size is negative or the shape does not hold exactly as many numbers as given.</exception>
    public static Tensor FromInt64s(ReadOnlySpan<long> values, params long[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        long count = Count(shape);
        if (count != values.Length)
        {
            throw new ArgumentException($"A tensor of shape {Describe(shape)} holds {count} numbers; {values.Length} were given.", nameof(values));
        }
        var tensor = torch.empty(shape, ScalarType.Int64);
        MemoryMarshal.AsBytes(values).CopyTo(tensor.bytes);
        return tensor;
    }

    /// <summary>Copies a float32 CPU tensor's numbers, in row-major order, into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">When the tensor is not float32 on the CPU or the destination's length differs from the tensor's.</exception>
    public static void CopyTo(Tensor tensor, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        Require(tensor, ScalarType.Float32);
        if (tensor.numel() != destination.Length)
        {
            throw new ArgumentException($"The tensor of shape {Describe(tensor.shape)} holds {tensor.numel()} numbers; the destination holds {destination.Length}.", nameof(destination));
        }
        using var contiguous = tensor.contiguous();
        MemoryMarshal.Cast<byte, float>(contiguous.bytes).CopyTo(destination);
    }

    /// <summary>A float32 CPU tensor's numbers as a new array, in row-major order.</summary>
    /// <exception cref="ArgumentException">When the tensor is not float32 on the CPU.</exception>
    public static float[] ToFloats(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        var values = new float[tensor.numel()];
        CopyTo(tensor, values);
        return values;
    }

    /// <summary>Copies an int64 CPU tensor's numbers (class indices from <c>argmax</c>, say) into <paramref name="destination"/> as ints.</summary>
    /// <exception cref="ArgumentException">When the tensor is not int64 on the CPU or the lengths differ.</exception>
    public static void CopyIndicesTo(Tensor tensor, Span<int> destination)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        Require(tensor, ScalarType.Int64);
        if (tensor.numel() != destination.Length)
        {
            throw new ArgumentException($"The tensor of shape {Describe(tensor.shape)} holds {tensor.numel()} indices; the destination holds {destination.Length}.", nameof(destination));
        }
        using var contiguous = tensor.contiguous();
        var values = MemoryMarshal.Cast<byte, long>(contiguous.bytes);
        for (int i = 0; i < values.Length; i++)
        {
            destination[i] = checked((int)values[i]);
        }
    }

    /// <summary>A shape as text, such as "[256, 10, 4]".</summary>
    public static string Describe(ReadOnlySpan<long> shape) => $"[{string.Join(", ", shape.ToArray())}]";

    private static void Require(Tensor tensor, ScalarType type)
    {
        if (tensor.dtype != type || tensor.device_type != DeviceType.CPU)
        {
            throw new ArgumentException($"Expected a {type} tensor on the CPU; got {tensor.dtype} on {tensor.device_type}.", nameof(tensor));
        }
    }

    private static long Count(long[] shape)
    {
        long count = 1;
        foreach (long size in shape)
        {
            if (size < 0)
            {
                throw new ArgumentException($"Tensor shape {Describe(shape)} has a negative size.", nameof(shape));
            }
            count *= size;
        }
        return count;
    }
}
