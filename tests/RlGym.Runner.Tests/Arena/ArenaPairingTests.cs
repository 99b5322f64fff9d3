using RlGym.Runner.Arena;
using Xunit;

namespace RlGym.Runner.Tests.Arena;

public sealed class ArenaPairingTests
{
    [Fact]
    public void Wins_steps_and_returns_are_summarised_with_95_percent_intervals()
    {
        ArenaEpisode[] episodes =
        [
            new(0, 0, 1, -1, 4, true),
            new(0, 1, -1, 1, 20, false),
            new(0, 2, 1, -1, 6, true),
            new(0, 3, 0, 0, 20, false),
        ];

        var p = ArenaPairing.Summarise(0, "cat", "mouse", episodes);

        Assert.Equal((2, 1, 1), (p.WinsA, p.WinsB, p.Draws));
        Assert.Equal(0.5, p.WinRateA);
        Assert.Equal(5.0, p.MeanStepsToWinA);
        Assert.Equal(0.25, p.MeanReturnA);
        Assert.Equal(-0.25, p.MeanReturnB);
        // Sample standard deviation of (1, -1, 1, 0) is 0.9574; 1.96 * 0.9574 / 2 = 0.9383.
        Assert.Equal(0.9383, p.ReturnAHalfWidth, 0.0001);
        // Wilson's interval for 2 of 4: [0.1500, 0.8500].
        Assert.Equal(0.1500, p.WinRateALow, 0.0001);
        Assert.Equal(0.8500, p.WinRateAHigh, 0.0001);
    }

    [Fact]
    public void Without_wins_the_steps_to_a_win_are_not_a_number()
    {
        var p = ArenaPairing.Summarise(0, "a", "b", [new ArenaEpisode(0, 0, -1, 1, 20, false)]);

        Assert.True(double.IsNaN(p.MeanStepsToWinA));
        Assert.Equal(0, p.WinRateALow);
        Assert.Equal(0, p.ReturnAHalfWidth);
    }
}
