using TorchSharp;

namespace RlGym.Torch.Tests;

public sealed class TensorDataTests
{
    public TensorDataTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void Numbers_round_trip_in_row_major_order()
    {
        float[] values = [0.5f, -1f, 2.25f, 3f, 4f, 1e-3f];
        using var tensor = TensorData.FromFloats(values, 3, 2);
        Assert.Equal(new long[] { 3, 2 }, tensor.shape);
        Assert.Equal(2.25f, tensor[1, 0].item<float>());
        using var transposed = tensor.t();
        Assert.Equal([0.5f, 2.25f, 4f, -1f, 3f, 1e-3f], TensorData.ToFloats(transposed));
    }

    [Fact]
    public void A_shape_that_does_not_hold_the_numbers_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => TensorData.FromFloats([1f, 2f, 3f], 2, 2));
        Assert.Contains("[2, 2] holds 4 numbers; 3 were given", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TensorData.FromFloats([], 0, -1));
    }

    [Fact]
    public void Argmax_indices_copy_out_as_ints()
    {
        using var logits = TensorData.FromFloats([0f, 3f, 1f, 9f, 2f, 1f], 2, 3);
        using var best = logits.argmax(1);
        var indices = new int[2];
        TensorData.CopyIndicesTo(best, indices);
        Assert.Equal([1, 0], indices);
        Assert.Throws<ArgumentException>(() => TensorData.CopyIndicesTo(logits, new int[6]));
        Assert.Throws<ArgumentException>(() => TensorData.CopyIndicesTo(best, new int[3]));
    }

    [Fact]
    public void Labels_become_an_int64_tensor()
    {
        using var labels = TensorData.FromInt64s([3L, 0L, 2L, 1L], 2, 2);
        Assert.Equal(torch.ScalarType.Int64, labels.dtype);
        Assert.Equal(2L, labels[1, 0].item<long>());
        var back = new int[4];
        TensorData.CopyIndicesTo(labels, back);
        Assert.Equal([3, 0, 2, 1], back);
        Assert.Throws<ArgumentException>(() => TensorData.FromInt64s([1L], 2));
    }

    [Fact]
    public void Copying_out_checks_type_and_length()
    {
        using var doubles = torch.zeros(3, torch.ScalarType.Float64);
        Assert.Throws<ArgumentException>(() => TensorData.ToFloats(doubles));
        using var floats = torch.zeros(3);
        Assert.Throws<ArgumentException>(() => TensorData.CopyTo(floats, new float[2]));
    }
}
