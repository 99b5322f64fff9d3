using System.Globalization;
using Google.Protobuf.Collections;
using Grpc.Core;
using RlGym.Core;
using RlGym.Server.Protocol;
using RlGym.Server.Tensors;

namespace RlGym.Server.Worlds;

/// <summary>
/// Reads world and reset settings: <c>env</c> (a string: the id to make), <c>seed</c> (an integer from 0 to 2^64-1),
/// <c>num_envs</c> (copies stepped together; 1 by default), <c>render_mode</c> (Gymnasium's: <c>rgb_array</c> or
/// <c>ansi</c>; none by default) and every other key as an environment option, its scalar
/// value in the invariant text form the command line's <c>--option key=value</c> uses.
/// </summary>
internal static class Settings
{
    /// <summary>The setting naming the environment.</summary>
    public const string Environment = "env";

    /// <summary>The setting carrying the seed.</summary>
    public const string Seed = "seed";

    /// <summary>The setting asking for a vector world of N copies.</summary>
    public const string NumEnvs = "num_envs";

    /// <summary>The setting choosing how the world renders.</summary>
    public const string RenderMode = "render_mode";

    /// <summary>The <c>render_mode</c> setting: none when absent.</summary>
    /// <exception cref="ProtocolException">When it is not one of Gymnasium's names this server renders.</exception>
    public static Core.RenderMode ReadRenderMode(MapField<string, Tensor> settings)
    {
        if (!settings.TryGetValue(RenderMode, out var tensor))
        {
            return Core.RenderMode.None;
        }
        string text = Text(tensor, RenderMode);
        return text switch
        {
            "rgb_array" => Core.RenderMode.RgbArray,
            "ansi" => Core.RenderMode.Ansi,
            _ => throw new ProtocolException(StatusCode.InvalidArgument, $"Setting 'render_mode' is '{text}'; expected 'rgb_array' or 'ansi'."),
        };
    }

    /// <summary>The scalar setting as text.</summary>
    /// <exception cref="ProtocolException">When the tensor is not a scalar of a known type.</exception>
    public static string Text(Tensor tensor, string key)
    {
        static bool One(int count) => count == 1;
        return tensor.PayloadCase switch
        {
            Tensor.PayloadOneofCase.Strings when One(tensor.Strings.Array.Count) => tensor.Strings.Array[0],
            Tensor.PayloadOneofCase.Int32S when One(tensor.Int32S.Array.Count) => tensor.Int32S.Array[0].ToString(CultureInfo.InvariantCulture),
            Tensor.PayloadOneofCase.Int64S when One(tensor.Int64S.Array.Count) => tensor.Int64S.Array[0].ToString(CultureInfo.InvariantCulture),
            Tensor.PayloadOneofCase.Uint32S when One(tensor.Uint32S.Array.Count) => tensor.Uint32S.Array[0].ToString(CultureInfo.InvariantCulture),
            Tensor.PayloadOneofCase.Uint64S when One(tensor.Uint64S.Array.Count) => tensor.Uint64S.Array[0].ToString(CultureInfo.InvariantCulture),
            Tensor.PayloadOneofCase.Floats when One(tensor.Floats.Array.Count) => tensor.Floats.Array[0].ToString("R", CultureInfo.InvariantCulture),
            Tensor.PayloadOneofCase.Doubles when One(tensor.Doubles.Array.Count) => tensor.Doubles.Array[0].ToString("R", CultureInfo.InvariantCulture),
            Tensor.PayloadOneofCase.Bools when One(tensor.Bools.Array.Count) => tensor.Bools.Array[0] ? "true" : "false",
            Tensor.PayloadOneofCase.Uint8S when One(tensor.Uint8S.Array.Length) => tensor.Uint8S.Array[0].ToString(CultureInfo.InvariantCulture),
            Tensor.PayloadOneofCase.Int8S when One(tensor.Int8S.Array.Length) => ((sbyte)tensor.Int8S.Array[0]).ToString(CultureInfo.InvariantCulture),
            _ => throw new ProtocolException(StatusCode.InvalidArgument, $"Setting '{key}' is not a scalar (payload {tensor.PayloadCase}); expected one string or number."),
        };
    }

    /// <summary>The <c>seed</c> setting, if present.</summary>
    /// <exception cref="ProtocolException">When it is not a whole number from 0 to 2^64-1.</exception>
    public static ulong? ReadSeed(MapField<string, Tensor> settings)
    {
        if (!settings.TryGetValue(Seed, out var tensor))
        {
            return null;
        }
        string text = Text(tensor, Seed);
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed)
            ? seed
            : throw new ProtocolException(StatusCode.InvalidArgument, $"Setting 'seed' is {text}; expected a whole number from 0 to {ulong.MaxValue}.");
    }

    /// <summary>A reset's settings: its <c>seed</c> and every other key as reset options (null when there are none).</summary>
    /// <exception cref="ProtocolException">When the seed or a value is malformed.</exception>
    public static (ulong? Seed, EnvOptions? Options) ReadReset(MapField<string, Tensor> settings)
    {
        ulong? seed = ReadSeed(settings);
        var options = Options(settings, Seed);
        return (seed, options.Count == 0 ? null : options);
    }

    /// <summary>Every setting except <paramref name="reserved"/>, as environment options.</summary>
    public static EnvOptions Options(MapField<string, Tensor> settings, params string[] reserved) =>
        EnvOptions.From(settings.Where(kv => !reserved.Contains(kv.Key, StringComparer.Ordinal))
            .Select(kv => KeyValuePair.Create(kv.Key, (object)Text(kv.Value, kv.Key))));
}
