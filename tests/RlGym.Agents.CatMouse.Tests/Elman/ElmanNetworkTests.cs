using RlGym.Agents.CatMouse.Elman;
using RlGym.Core.Random;

namespace RlGym.Agents.CatMouse.Tests.Elman;

public sealed class ElmanNetworkTests
{
    private static ElmanNetwork RandomNetwork(int hidden, ulong seed, double learningRate = 0.1)
    {
        var rng = new Rng(seed);
        var network = new ElmanNetwork(hidden, learningRate);
        network.InitializeUniform(rng.NextDouble);
        return network;
    }

    private static double[][] Inputs(ulong seed, int steps)
    {
        var rng = new Rng(seed);
        return [.. Enumerable.Range(0, steps).Select(_ => new[] { rng.NextDouble(), rng.NextDouble(), rng.NextDouble(), rng.NextDouble() })];
    }

    // The seed's loss for one sequence: 0.5 * sum over steps of (target - output)^2.
    private static double Loss(ElmanNetwork network, double[][] inputs, double[] targets)
    {
        network.BeginSequence();
        double loss = 0;
        for (int t = 0; t < inputs.Length; t++)
        {
            double y = network.Predict(inputs[t]);
            loss += 0.5 * (targets[t] - y) * (targets[t] - y);
        }
        return loss;
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(13)]
    public void Learning_step_is_gradient_descent_on_the_squared_error(int hidden)
    {
        const double alpha = 1e-3;
        var inputs = Inputs(7, 6);
        double[] targets = [0.125, 0.875, 0.375, 0.625, 0.125, 0.375];
        var network = RandomNetwork(hidden, 3, alpha);
        var probe = RandomNetwork(hidden, 3, alpha);

        network.BeginSequence();
        for (int t = 0; t < inputs.Length; t++)
        {
            network.Teach(targets[t], network.Forward(inputs[t]));
        }
        double[] before = [.. probe.RecurrentWeights];
        network.Learn();

        // Compare the update of every recurrent weight with -alpha * dLoss/dw by central differences.
        const double eps = 1e-6;
        for (int i = 0; i < before.Length; i++)
        {
            probe.RecurrentWeights[i] = before[i] + eps;
            probe.WeightsChanged();
            double up = Loss(probe, inputs, targets);
            probe.RecurrentWeights[i] = before[i] - eps;
            probe.WeightsChanged();
            double down = Loss(probe, inputs, targets);
            probe.RecurrentWeights[i] = before[i];
            double numeric = -alpha * (up - down) / (2 * eps);
            double analytic = network.RecurrentWeights[i] - before[i];
            Assert.True(Math.Abs(numeric - analytic) <= 1e-9 + 1e-5 * Math.Abs(numeric), $"weight {i}: numeric {numeric}, analytic {analytic}");
        }
    }

    [Fact]
    public void Predict_and_Forward_give_the_same_outputs()
    {
        var network = RandomNetwork(16, 1);
        var inputs = Inputs(2, 10);
        network.BeginSequence();
        var forward = inputs.Select(x => network.Forward(x)).ToArray();
        network.BeginSequence();
        var predicted = inputs.Select(x => network.Predict(x)).ToArray();
        Assert.Equal(forward, predicted);
        Assert.All(forward, y => Assert.InRange(y, 0.0, 1.0));
    }

    [Fact]
    public void Sequences_longer_than_the_capacity_grow_the_tape()
    {
        var network = new ElmanNetwork(4, sequenceCapacity: 2);
        network.InitializeUniform(new Rng(1).NextDouble);
        network.BeginSequence();
        foreach (var x in Inputs(1, 9))
        {
            network.Teach(0.5, network.Forward(x));
        }
        Assert.Equal(9, network.Steps);
        Assert.True(network.Learn() > 0);
        Assert.Equal(0, network.Steps);
    }

    [Fact]
    public void Misuse_is_reported_with_what_to_do()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ElmanNetwork(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ElmanNetwork(4, learningRate: -1));
        var network = RandomNetwork(4, 1);
        network.BeginSequence();
        Assert.Contains("call Forward first", Assert.Throws<InvalidOperationException>(() => network.Teach(0.5, 0.5)).Message, StringComparison.Ordinal);
        network.Forward([0, 0, 0, 0]);
        Assert.Contains("call Teach after every Forward", Assert.Throws<InvalidOperationException>(() => network.Learn()).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => network.Forward([0, 0, 0]));
    }
}
