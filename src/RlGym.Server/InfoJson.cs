using System.Text.Json;
using System.Text.Json.Nodes;
using RlGym.Core;

namespace RlGym.Server;

/// <summary>
/// An environment's <see cref="Info"/> as the JSON text of the <c>info</c> observation. Numbers, booleans, strings and
/// nested infos or dictionaries map onto JSON; an array of numbers or booleans (an <c>action_mask</c>, say) becomes
/// <c>{"__ndarray__": DTYPE, "shape": [...], "data": [...]}</c> so the client rebuilds it with its numpy dtype; records
/// (such as <c>episode</c>'s statistics) become objects of their properties; anything JSON cannot hold is its text.
/// </summary>
public static class InfoJson
{
    /// <summary>The key that marks an encoded array.</summary>
    public const string ArrayTag = "__ndarray__";

    /// <summary>The JSON text of <paramref name="info"/>; "{}" for an empty one, without allocating.</summary>
    public static string Write(Info info)
    {
        if (info.Count == 0)
        {
            return "{}";
        }
        var root = new JsonObject();
        foreach (var (key, value) in info)
        {
            root[key] = Node(value, depth: 0);
        }
        return root.ToJsonString();
    }

    private static JsonNode? Node(object? value, int depth)
    {
        if (depth > 8)
        {
            return JsonValue.Create(value?.ToString());
        }
        switch (value)
        {
            case null:
                return null;
            case string text:
                return JsonValue.Create(text);
            case bool flag:
                return JsonValue.Create(flag);
            case EpisodeStats episode:
                // Gymnasium's RecordEpisodeStatistics names them r, l and t.
                return new JsonObject { ["r"] = episode.Return, ["l"] = episode.Length, ["t"] = episode.Seconds, ["terminated"] = episode.Terminated };
            case Enum named:
                return JsonValue.Create(named.ToString());
            case double d:
                return double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(d.ToString(System.Globalization.CultureInfo.InvariantCulture));
            case float f:
                return Node((double)f, depth);
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                return JsonValue.Create(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
            case Array array when DtypeOf(array.GetType().GetElementType()) is string dtype:
                return Ndarray(array, dtype);
            case IEnumerable<KeyValuePair<string, object?>> entries:
            {
                var node = new JsonObject();
                foreach (var (key, item) in entries)
                {
                    node[key] = Node(item, depth + 1);
                }
                return node;
            }
            case System.Collections.IEnumerable items:
            {
                var node = new JsonArray();
                foreach (object? item in items)
                {
                    node.Add(Node(item, depth + 1));
                }
                return node;
            }
            default:
                return Properties(value, depth);
        }
    }

    private static JsonNode Ndarray(Array array, string dtype)
    {
        var shape = new JsonArray();
        for (int d = 0; d < array.Rank; d++)
        {
            shape.Add(array.GetLength(d));
        }
        var data = new JsonArray();
        foreach (object? item in array)
        {
            data.Add(item is bool b ? JsonValue.Create(b) : JsonValue.Create(Convert.ToDouble(item, System.Globalization.CultureInfo.InvariantCulture)));
        }
        return new JsonObject { [ArrayTag] = dtype, ["shape"] = shape, ["data"] = data };
    }

    private static JsonNode? Properties(object value, int depth)
    {
        var type = value.GetType();
        var properties = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead).ToArray();
        if (properties.Length == 0 || !(type.IsValueType || type.GetMethod("<Clone>$") is not null))
        {
            return JsonValue.Create(value.ToString());
        }
        var node = new JsonObject();
        foreach (var property in properties)
        {
            node[JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name)] = Node(property.GetValue(value), depth + 1);
        }
        return node;
    }

    private static string? DtypeOf(Type? element) => element switch
    {
        _ when element == typeof(bool) => "bool",
        _ when element == typeof(sbyte) => "int8",
        _ when element == typeof(byte) => "uint8",
        _ when element == typeof(short) => "int16",
        _ when element == typeof(ushort) => "uint16",
        _ when element == typeof(int) => "int32",
        _ when element == typeof(uint) => "uint32",
        _ when element == typeof(long) => "int64",
        _ when element == typeof(ulong) => "uint64",
        _ when element == typeof(float) => "float32",
        _ when element == typeof(double) => "float64",
        _ => null,
    };
}
