using TorchSharp;
using static TorchSharp.torch;

namespace RlGym.Torch.Tests;

public sealed class LstmAndAdamTests
{
    public LstmAndAdamTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void An_lstm_over_a_whole_sequence_equals_the_lstm_stepped_with_its_state()
    {
        TorchRuntime.ManualSeed(1);
        using var lstm = nn.LSTM(4, 8, batchFirst: true);
        using var sequence = torch.rand(3, 5, 4);
        var (whole, _, _) = lstm.forward(sequence);
        Assert.Equal(new long[] { 3, 5, 8 }, whole.shape);
        (Tensor, Tensor)? state = null;
        for (int t = 0; t < 5; t++)
        {
            using var input = sequence[.., t..(t + 1), ..];
            var (output, h, c) = lstm.forward(input, state);
            state = (h, c);
            using var expected = whole[.., t..(t + 1), ..];
            Assert.True(output.allclose(expected, rtol: 1e-5, atol: 1e-6), $"step {t} differs from the whole-sequence output");
        }
    }

    [Fact]
    public void Backward_through_an_lstm_fills_every_gradient()
    {
        TorchRuntime.ManualSeed(2);
        using var lstm = nn.LSTM(4, 6, batchFirst: true);
        using var sequence = torch.rand(2, 7, 4);
        var (output, _, _) = lstm.forward(sequence);
        using var loss = output.pow(2).mean();
        loss.backward();
        foreach (var (name, parameter) in lstm.named_parameters())
        {
            var grad = parameter.grad;
            Assert.NotNull(grad);
            Assert.True(grad.abs().sum().item<float>() > 0, $"{name} got no gradient");
        }
    }

    [Fact]
    public void Adam_steps_lower_the_loss_of_a_small_regression()
    {
        TorchRuntime.ManualSeed(3);
        using var model = nn.Linear(3, 1);
        using var optimizer = optim.Adam(model.parameters(), lr: 0.05);
        using var x = torch.rand(64, 3);
        using var weights = TensorData.FromFloats([2f, -1f, 0.5f], 3, 1);
        using var y = x.matmul(weights);
        float first = 0, last = 0;
        for (int step = 0; step < 200; step++)
        {
            using var scope = torch.NewDisposeScope();
            optimizer.zero_grad();
            var loss = nn.functional.mse_loss(model.forward(x), y);
            loss.backward();
            optimizer.step();
            last = loss.item<float>();
            if (step == 0)
            {
                first = last;
            }
        }
        Assert.True(last < first / 100, $"loss went from {first} to {last}");
    }
}
