using TorchSharp;

namespace RlGym.Torch.Tests;

public sealed class TorchRuntimeTests
{
    [Fact]
    public void The_native_back_end_loads_from_the_build_output()
    {
        TorchRuntime.EnsureLoaded();
        Assert.True(TorchRuntime.IsAvailable, TorchRuntime.LoadFailure);
        Assert.Null(TorchRuntime.LoadFailure);
    }

    [Fact]
    public void A_tensor_operation_computes_the_right_numbers()
    {
        TorchRuntime.EnsureLoaded();
        using var a = TensorData.FromFloats([1, 2, 3, 4, 5, 6], 2, 3);
        using var b = TensorData.FromFloats([1, 0, 0, 1, 1, 1], 3, 2);
        using var product = a.matmul(b);
        Assert.Equal(new long[] { 2, 2 }, product.shape);
        Assert.Equal([4f, 5f, 10f, 11f], TensorData.ToFloats(product));
    }

    [Fact]
    public void Threads_can_be_set_and_read_back()
    {
        int before = TorchRuntime.Threads;
        try
        {
            TorchRuntime.SetThreads(1);
            Assert.Equal(1, TorchRuntime.Threads);
        }
        finally
        {
            TorchRuntime.SetThreads(before);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(2000)]
    public void A_thread_count_out_of_range_is_refused_naming_the_value(int threads)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TorchRuntime.SetThreads(threads));
        Assert.Equal("threads", error.ParamName);
        Assert.Equal(threads, error.ActualValue);
    }

    [Fact]
    public void The_same_manual_seed_gives_the_same_random_tensor()
    {
        TorchRuntime.ManualSeed(7);
        using var first = torch.rand(5);
        TorchRuntime.ManualSeed(7);
        using var second = torch.rand(5);
        TorchRuntime.ManualSeed(8);
        using var other = torch.rand(5);
        Assert.Equal(TensorData.ToFloats(first), TensorData.ToFloats(second));
        Assert.NotEqual(TensorData.ToFloats(first), TensorData.ToFloats(other));
    }
}
