using TorchSharp;
using static TorchSharp.torch;

namespace RlGym.Torch.Tests;

public sealed class ModuleStateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-torch-").FullName;

    public ModuleStateTests() => TorchRuntime.EnsureLoaded();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Torchsharps_own_save_and_load_round_trip_a_module()
    {
        TorchRuntime.ManualSeed(4);
        using var original = nn.LSTM(4, 5, batchFirst: true);
        TorchRuntime.ManualSeed(5);
        using var copy = nn.LSTM(4, 5, batchFirst: true);
        using var input = torch.rand(2, 3, 4);
        Assert.False(Output(original, input).SequenceEqual(Output(copy, input)), "two seeds should give two networks");
        string path = Path.Combine(_folder, "lstm.bin");
        original.save(path);
        copy.load(path);
        Assert.Equal(Output(original, input), Output(copy, input));
    }

    [Fact]
    public void Module_state_round_trips_through_a_checkpoint_payload()
    {
        TorchRuntime.ManualSeed(6);
        using var original = nn.LSTM(4, 5, batchFirst: true);
        TorchRuntime.ManualSeed(7);
        using var copy = nn.LSTM(4, 5, batchFirst: true);
        using var input = torch.rand(2, 3, 4);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ModuleState.Write(writer, original);
        }
        buffer.Position = 0;
        using (var reader = new BinaryReader(buffer))
        {
            ModuleState.Read(reader, copy, "memory");
        }
        Assert.Equal(Output(original, input), Output(copy, input));
    }

    [Fact]
    public void Module_state_of_another_size_is_refused_naming_the_entry_and_shapes()
    {
        using var small = nn.LSTM(4, 5, batchFirst: true);
        using var large = nn.LSTM(4, 6, batchFirst: true);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ModuleState.Write(writer, small);
        }
        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var error = Assert.Throws<InvalidDataException>(() => ModuleState.Read(reader, large, "small.ckpt"));
        Assert.Contains("'small.ckpt'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'bias_hh_l0' of shape [20]; this model's is [24]", error.Message, StringComparison.Ordinal);
    }

    private static float[] Output(TorchSharp.Modules.LSTM lstm, Tensor input)
    {
        using var noGrad = torch.no_grad();
        var (output, h, c) = lstm.forward(input);
        using (output)
        using (h)
        using (c)
        {
            return TensorData.ToFloats(output);
        }
    }
}
