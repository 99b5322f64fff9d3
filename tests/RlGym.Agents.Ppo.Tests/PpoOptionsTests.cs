namespace RlGym.Agents.Ppo.Tests;

public sealed class PpoOptionsTests
{
    [Fact]
    public void Defaults_are_CleanRLs()
    {
        var o = new PpoOptions().Validate();
        Assert.Equal(2.5e-4, o.LearningRate);
        Assert.True(o.AnnealLearningRate);
        Assert.Equal(0.99, o.Gamma);
        Assert.Equal(0.95, o.GaeLambda);
        Assert.Equal(0.2, o.ClipCoefficient);
        Assert.True(o.ClipValueLoss);
        Assert.Equal(0.01, o.EntropyCoefficient);
        Assert.Equal(0.5, o.ValueCoefficient);
        Assert.Equal(4, o.UpdateEpochs);
        Assert.Equal(4, o.Minibatches);
        Assert.Equal(0.5, o.MaxGradNorm);
        Assert.Equal(4, o.Envs);
        Assert.Equal(128, o.RolloutLength);
        Assert.True(o.NormalizeAdvantages);
        Assert.Equal(128, o.MinibatchSize);
    }

    [Theory]
    [InlineData("Gamma", "[0, 1]")]
    [InlineData("LearningRate", "(0, 1]")]
    [InlineData("Minibatches", "divisor")]
    public void A_bad_value_is_named_with_its_range(string name, string range)
    {
        var bad = name switch
        {
            "Gamma" => new PpoOptions { Gamma = 1.5 },
            "LearningRate" => new PpoOptions { LearningRate = -1 },
            _ => new PpoOptions { Minibatches = 3 },
        };
        var error = Assert.Throws<ArgumentException>(() => bad.Validate());
        Assert.StartsWith(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
    }
}
