using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RlGym.Core;

namespace RlGym.Cluster.Rollouts;

/// <summary>
/// Carries environment items (observations, actions) between a rollout worker and its learner as bytes: a struct of
/// plain data as its bytes (CatMouse's four floats: 16 bytes), a one-dimensional array of numbers as its length and
/// items, and a Dict observation (NetHack's) as its keys with such values, nested Dicts included. Little-endian
/// machines only, as .NET on x64 and arm64 is. Both ends make the codec of the same type, so nothing describes the
/// layout on the wire.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal abstract class ItemCodec<T>
{
    /// <summary>Appends <paramref name="value"/>.</summary>
    public abstract void Write(T value, ArrayBufferWriter<byte> destination);

    /// <summary>Reads one item from the front of <paramref name="source"/> and moves past it.</summary>
    public abstract T Read(ref ReadOnlySpan<byte> source);

    /// <summary>The codec of <typeparamref name="T"/>.</summary>
    /// <exception cref="UserInputException">When items of the type cannot travel.</exception>
    public static ItemCodec<T> Create()
    {
        var type = typeof(T);
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            return new PlainCodec();
        }
        if (type == typeof(IReadOnlyDictionary<string, object>))
        {
            return (ItemCodec<T>)(object)new DictCodec();
        }
        if (type.IsSZArray && ItemValues.IsCarried(type.GetElementType()!))
        {
            return new ArrayCodec();
        }
        throw new UserInputException($"Items of type {type.Name} cannot travel to rollout workers; carried are structs of plain data, arrays of numbers and Dicts of those.");
    }

    private sealed class PlainCodec : ItemCodec<T>
    {
        public override void Write(T value, ArrayBufferWriter<byte> destination)
        {
            int size = Unsafe.SizeOf<T>();
            Unsafe.WriteUnaligned(ref MemoryMarshal.GetReference(destination.GetSpan(size)), value);
            destination.Advance(size);
        }

        public override T Read(ref ReadOnlySpan<byte> source)
        {
            int size = Unsafe.SizeOf<T>();
            T value = Unsafe.ReadUnaligned<T>(ref MemoryMarshal.GetReference(source[..size]));
            source = source[size..];
            return value;
        }
    }

    private sealed class ArrayCodec : ItemCodec<T>
    {
        public override void Write(T value, ArrayBufferWriter<byte> destination) => ItemValues.WriteArray((Array)(object)value!, destination);

        public override T Read(ref ReadOnlySpan<byte> source) => (T)(object)ItemValues.ReadArray(typeof(T).GetElementType()!, ref source);
    }

    private sealed class DictCodec : ItemCodec<IReadOnlyDictionary<string, object>>
    {
        public override void Write(IReadOnlyDictionary<string, object> value, ArrayBufferWriter<byte> destination) => ItemValues.Write(value, destination);

        public override IReadOnlyDictionary<string, object> Read(ref ReadOnlySpan<byte> source) => (IReadOnlyDictionary<string, object>)ItemValues.Read(ref source);
    }
}
