using RlGym.Runner.Arena;
using Xunit;

namespace RlGym.Runner.Tests.Arena;

public sealed class Glicko2Tests
{
    [Fact]
    public void Glickmans_worked_example_gives_the_papers_figures()
    {
        // Glickman, "Example of the Glicko-2 system": 1500/200/0.06 beats 1400/30, loses to 1550/100 and 1700/300 (tau 0.5).
        var player = new Glicko2Rating(1500, 200, 0.06);
        Glicko2Result[] results =
        [
            new(new Glicko2Rating(1400, 30, 0.06), 1, 1),
            new(new Glicko2Rating(1550, 100, 0.06), 1, 0),
            new(new Glicko2Rating(1700, 300, 0.06), 1, 0),
        ];

        var after = Glicko2.Update(player, results, tau: 0.5);

        Assert.Equal(1464.06, after.Rating, 0.01);
        Assert.Equal(151.52, after.Deviation, 0.01);
        Assert.Equal(0.05999, after.Volatility, 0.00001);
    }

    [Fact]
    public void Games_against_one_opponent_count_as_that_many_single_games()
    {
        var player = Glicko2Rating.Newcomer;
        var opponent = new Glicko2Rating(1600, 80, 0.06);

        var grouped = Glicko2.Update(player, [new Glicko2Result(opponent, 3, 2)]);
        var single = Glicko2.Update(player, [new(opponent, 1, 1), new(opponent, 1, 1), new(opponent, 1, 0)]);

        Assert.Equal(single.Rating, grouped.Rating, 9);
        Assert.Equal(single.Deviation, grouped.Deviation, 9);
    }

    [Fact]
    public void A_period_without_games_only_widens_the_deviation()
    {
        var player = new Glicko2Rating(1500, 200, 0.06);

        var after = Glicko2.Update(player, []);

        Assert.Equal(1500, after.Rating);
        Assert.Equal(200.27, after.Deviation, 0.01);
    }

    [Fact]
    public void Winning_raises_and_losing_lowers_the_rating()
    {
        var opponent = Glicko2Rating.Newcomer;

        Assert.True(Glicko2.Update(Glicko2Rating.Newcomer, [new Glicko2Result(opponent, 10, 8)]).Rating > 1500);
        Assert.True(Glicko2.Update(Glicko2Rating.Newcomer, [new Glicko2Result(opponent, 10, 2)]).Rating < 1500);
        Assert.Equal(0.5, Glicko2.ExpectedScore(opponent, opponent), 12);
    }

    [Fact]
    public void An_impossible_score_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Glicko2.Update(Glicko2Rating.Newcomer, [new Glicko2Result(Glicko2Rating.Newcomer, 2, 3)]));

        Assert.Contains("3 points from 2 games", error.Message, StringComparison.Ordinal);
    }
}
