using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using RlGym.Core;

namespace RlGym.Cluster.Rollouts;

/// <summary>Tagged values (numbers, arrays of numbers, Dicts of those) for <see cref="ItemCodec{T}"/>.</summary>
internal static class ItemValues
{
    private const byte ArrayFlag = 0x80;
    private const byte DictTag = 0x7F;

    private static readonly Type[] Types =
        [typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(bool)];

    public static bool IsCarried(Type type) => Array.IndexOf(Types, type) >= 0;

    public static void Write(object value, ArrayBufferWriter<byte> destination)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object> dict:
                Byte(destination, DictTag);
                Int(destination, dict.Count);
                foreach (var (key, item) in dict)
                {
                    int length = Encoding.UTF8.GetByteCount(key);
                    Int(destination, length);
                    Encoding.UTF8.GetBytes(key, destination.GetSpan(length));
                    destination.Advance(length);
                    Write(item, destination);
                }
                return;
            case Array array when array.Rank == 1 && TagOf(array.GetType().GetElementType()!) is byte tag:
                Byte(destination, (byte)(tag | ArrayFlag));
                WriteArray(array, destination);
                return;
            default:
                if (value is not null && TagOf(value.GetType()) is byte scalar)
                {
                    Byte(destination, scalar);
                    var box = Array.CreateInstance(value.GetType(), 1);
                    box.SetValue(value, 0);
                    Bytes(box, destination);
                    return;
                }
                throw new UserInputException($"An observation value of type {value?.GetType().Name ?? "null"} cannot travel to rollout workers; carried are numbers, arrays of numbers and Dicts of those.");
        }
    }

    public static object Read(ref ReadOnlySpan<byte> source)
    {
        byte tag = source[0];
        source = source[1..];
        if (tag == DictTag)
        {
            int count = ReadInt(ref source);
            var dict = new Dictionary<string, object>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
            {
                int length = ReadInt(ref source);
                string key = Encoding.UTF8.GetString(source[..length]);
                source = source[length..];
                dict[key] = Read(ref source);
            }
            return dict;
        }
        var type = Types[tag & ~ArrayFlag];
        if ((tag & ArrayFlag) != 0)
        {
            return ReadArray(type, ref source);
        }
        var one = Array.CreateInstance(type, 1);
        int size = Buffer.ByteLength(one);
        source[..size].CopyTo(MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(one), size));
        source = source[size..];
        return one.GetValue(0)!;
    }

    public static void WriteArray(Array array, ArrayBufferWriter<byte> destination)
    {
        Int(destination, array.Length);
        Bytes(array, destination);
    }

    public static Array ReadArray(Type element, ref ReadOnlySpan<byte> source)
    {
        int length = ReadInt(ref source);
        var array = Array.CreateInstance(element, length);
        int size = Buffer.ByteLength(array);
        source[..size].CopyTo(MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(array), size));
        source = source[size..];
        return array;
    }

    private static byte? TagOf(Type type)
    {
        int index = Array.IndexOf(Types, type);
        return index < 0 ? null : (byte)index;
    }

    private static void Bytes(Array array, ArrayBufferWriter<byte> destination)
    {
        int size = Buffer.ByteLength(array);
        MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(array), size).CopyTo(destination.GetSpan(size));
        destination.Advance(size);
    }

    private static void Byte(ArrayBufferWriter<byte> destination, byte value)
    {
        destination.GetSpan(1)[0] = value;
        destination.Advance(1);
    }

    private static void Int(ArrayBufferWriter<byte> destination, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination.GetSpan(4), value);
        destination.Advance(4);
    }

    private static int ReadInt(ref ReadOnlySpan<byte> source)
    {
        int value = BinaryPrimitives.ReadInt32LittleEndian(source);
        source = source[4..];
        return value;
    }
}
