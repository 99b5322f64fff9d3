using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Torch.Tests;

public sealed class AdamStepTests
{
    public AdamStepTests() => TorchRuntime.EnsureLoaded();

    // One small network; given `like`, a copy of its weights. (The weights are copied rather than drawn again under one
    // seed: other test classes draw from TorchSharp's process-wide generator at the same time.)
    private static (Sequential Model, Adam Optimizer) Make(Sequential? like = null)
    {
        var model = nn.Sequential(nn.Linear(5, 16), nn.Tanh(), nn.Linear(16, 3));
        if (like is not null)
        {
            using var noGrad = torch.no_grad();
            foreach (var (target, source) in model.parameters().Zip(like.parameters()))
            {
                target.copy_(source);
            }
        }
        return (model, optim.Adam(model.parameters(), 0.01, eps: 1e-5));
    }

    // Steps from..to-1 of one fixed schedule of batches and annealed learning rates (as PPO anneals its own); the
    // batches before `from` are drawn and skipped, so a run split in two sees the same batches as one straight run.
    private static void Train(Sequential model, Adam optimizer, bool withAdamStep, int from, int to)
    {
        var generator = new torch.Generator(11UL);
        for (int step = 0; step < to; step++)
        {
            using var scope = torch.NewDisposeScope();
            var x = torch.rand(32, 5, generator: generator);
            var y = torch.rand(32, 3, generator: generator);
            if (step < from)
            {
                continue;
            }
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = 0.01 * (1 - step / 60.0);
            }
            optimizer.zero_grad();
            nn.functional.mse_loss(model.forward(x), y).backward();
            if (withAdamStep)
            {
                AdamStep.Apply(optimizer);
            }
            else
            {
                optimizer.step();
            }
        }
    }

    private static void AssertSameParameters(nn.Module expected, nn.Module actual)
    {
        var left = expected.parameters().ToArray();
        var right = actual.parameters().ToArray();
        Assert.Equal(left.Length, right.Length);
        for (int i = 0; i < left.Length; i++)
        {
            Assert.True(left[i].eq(right[i]).all().item<bool>(), $"parameter {i} differs by up to {(left[i] - right[i]).abs().max().item<float>()}");
        }
    }

    [Fact]
    public void AdamStep_updates_the_parameters_exactly_as_TorchSharps_Adam_does()
    {
        var (reference, referenceOptimizer) = Make();
        var (ours, ourOptimizer) = Make(like: reference);
        var (untrained, untrainedOptimizer) = Make(like: reference);
        using (reference) using (referenceOptimizer) using (ours) using (ourOptimizer) using (untrained) using (untrainedOptimizer)
        {
            AssertSameParameters(reference, ours);
            Train(reference, referenceOptimizer, withAdamStep: false, from: 0, to: 30);
            Train(ours, ourOptimizer, withAdamStep: true, from: 0, to: 30);
            AssertSameParameters(reference, ours);
            Assert.False(ours.parameters().First().eq(untrained.parameters().First()).all().item<bool>(), "training moved no parameter");
        }
    }

    [Fact]
    public void State_saved_after_AdamStep_continues_in_a_fresh_optimizer_as_the_straight_run()
    {
        var (straight, straightOptimizer) = Make();
        var (split, splitOptimizer) = Make(like: straight);
        using (straight) using (straightOptimizer) using (split) using (splitOptimizer)
        {
            Train(straight, straightOptimizer, withAdamStep: true, from: 0, to: 30);
            Train(split, splitOptimizer, withAdamStep: true, from: 0, to: 15);
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                splitOptimizer.save_state_dict(writer);
            }
            stream.Position = 0;
            using var resumed = optim.Adam(split.parameters(), 0.01, eps: 1e-5);
            using (var reader = new BinaryReader(stream))
            {
                resumed.load_state_dict(reader);
            }
            Train(split, resumed, withAdamStep: true, from: 15, to: 30);
            AssertSameParameters(straight, split);
        }
    }

    [Fact]
    public void Weight_decay_is_refused_rather_than_ignored()
    {
        using var model = nn.Linear(2, 1);
        using var optimizer = optim.Adam(model.parameters(), 0.01, weight_decay: 0.1);
        var error = Assert.Throws<NotSupportedException>(() => AdamStep.Apply(optimizer));
        Assert.Contains("weight decay", error.Message);
    }
}
