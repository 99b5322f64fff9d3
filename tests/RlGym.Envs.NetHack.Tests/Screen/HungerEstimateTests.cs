using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tests.Screen;

public sealed class HungerEstimateTests
{
    [Fact]
    public void TurnsCostOneEach() => Assert.Equal(890, HungerEstimate.Next(900, 10, "", hungerState: 1));

    [Fact]
    public void AMealAddsItsNutritionWhenItIsFinished()
    {
        Assert.Equal(0, HungerEstimate.Eaten("This food ration is delicious!"));
        Assert.Equal(800, HungerEstimate.Eaten("You finish eating the food ration."));
        Assert.Equal(940, HungerEstimate.Next(145, 5, "You finish eating the food ration.", hungerState: 1));
    }

    [Fact]
    public void ABiteAddsItsNutritionAtOnce() => Assert.Equal(50, HungerEstimate.Eaten("This apple is delicious!"));

    [Theory]
    [InlineData(900, 0, 1001)]
    [InlineData(900, 2, 150)]
    [InlineData(10, 1, 151)]
    [InlineData(10, 4, 0)]
    public void TheShownHungerStateBoundsTheEstimate(long estimate, long state, long expected) =>
        Assert.Equal(expected, HungerEstimate.Next(estimate, 0, "", state));
}
