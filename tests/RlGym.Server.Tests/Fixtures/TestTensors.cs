using Google.Protobuf;
using RlGym.Server.Protocol;

namespace RlGym.Server.Tests.Fixtures;

/// <summary>Tensor builders for tests.</summary>
internal static class TestTensors
{
    public static Tensor Text(string value)
    {
        var tensor = new Tensor { Strings = new Tensor.Types.StringArray() };
        tensor.Strings.Array.Add(value);
        return tensor;
    }

    public static Tensor Int(long value)
    {
        var tensor = new Tensor { Int64S = new Tensor.Types.Int64Array() };
        tensor.Int64S.Array.Add(value);
        return tensor;
    }

    public static Tensor Bytes(params byte[] values) => new() { Uint8S = new Tensor.Types.Uint8Array { Array = ByteString.CopyFrom(values) } };

    public static ulong Uid(ActionObservationSpecs specs, string name) => specs.Observations.Single(kv => kv.Value.Name == name).Key;
}
