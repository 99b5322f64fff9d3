using RlGym.Agents.Ppo.Networks;
using RlGym.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo.Tests.Networks;

public sealed class TanhTests
{
    // tanh through sigmoid stands in for libtorch's tanh in the MLP: it must give the same values and the same gradient
    // (1 - tanh^2) to float32 precision, over the range pre-activations take and past where tanh saturates.
    [Fact]
    public void Tanh_through_sigmoid_matches_tanh_and_its_gradient()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var x = torch.linspace(-12, 12, 48_001, ScalarType.Float32).requires_grad_(true);
        var y = Tanh.Of(x);
        y.sum().backward();
        using (torch.no_grad())
        {
            var exact = x.detach().to_type(ScalarType.Float64).tanh();
            double valueError = (y.detach().to_type(ScalarType.Float64) - exact).abs().max().item<double>();
            double gradientError = (x.grad!.to_type(ScalarType.Float64) - (torch.ones_like(exact) - exact.square())).abs().max().item<double>();
            Assert.True(valueError < 3e-7, $"largest difference from tanh: {valueError}");
            Assert.True(gradientError < 1e-6, $"largest difference from 1 - tanh^2: {gradientError}");
            Assert.Equal(-1f, y[0].item<float>());
            Assert.Equal(1f, y[48_000].item<float>());
            Assert.Equal(0f, Tanh.Of(torch.zeros(1)).item<float>());
        }
    }
}
