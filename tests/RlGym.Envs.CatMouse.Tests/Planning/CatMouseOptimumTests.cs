using RlGym.Envs.CatMouse.Planning;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests.Planning;

public sealed class CatMouseOptimumTests
{
    [Theory]
    [InlineData(4, 3, 5)]
    [InlineData(3, 3, 6)]
    [InlineData(6, 6, 4)]
    public void The_table_equals_an_exhaustive_search_over_every_move_sequence(int width, int height, int moves)
    {
        for (int catX = 0; catX < width; catX++)
        {
            for (int catY = 0; catY < height; catY++)
            {
                for (int mouseX = 0; mouseX < width; mouseX++)
                {
                    for (int mouseY = 0; mouseY < height; mouseY++)
                    {
                        var state = new CatMouseState(catX, catY, mouseX, mouseY, width, height, 0);
                        Assert.Equal(Exhaustive(state, moves), CatMouseOptimum.OptimalReturn(state, moves));
                    }
                }
            }
        }
    }

    [Fact]
    public void Walking_past_the_cat_to_the_far_side_beats_the_wall_the_flee_rule_stops_at()
    {
        // Cat on (2, 2), mouse on (0, 2): the flee rule runs up the left wall to (0, 5) (+3) and then into the wall;
        // the optimum reaches (5, 5), six cells from the cat, in eight moves (+4).
        var state = new CatMouseState(2, 2, 0, 2, 6, 6, 0);
        Assert.Equal(4, CatMouseOptimum.OptimalReturn(state, CatMouseEnvironments.GameLength));
        Assert.Equal(3, FleeReturn(state, CatMouseEnvironments.GameLength));
    }

    [Fact]
    public void The_mean_optimum_is_the_mean_over_every_start_and_beats_the_flee_rule()
    {
        const int Width = 5, Height = 4, Moves = 10;
        long optimal = 0, flee = 0, starts = 0;
        for (int catX = 0; catX < Width; catX++)
        {
            for (int catY = 0; catY < Height; catY++)
            {
                for (int mouseX = 0; mouseX < Width; mouseX++)
                {
                    for (int mouseY = 0; mouseY < Height; mouseY++)
                    {
                        var state = new CatMouseState(catX, catY, mouseX, mouseY, Width, Height, 0);
                        optimal += CatMouseOptimum.OptimalReturn(state, Moves);
                        flee += FleeReturn(state, Moves);
                        starts++;
                    }
                }
            }
        }
        Assert.Equal(optimal / (double)starts, CatMouseOptimum.MeanOptimalReturn(Width, Height, Moves), 12);
        Assert.True(optimal > flee, $"optimum {optimal} should beat the flee rule's {flee} summed over all starts");
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CatMouseOptimum.OptimalReturn(new CatMouseState(0, 0, 1, 1, 6, 6, 0), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CatMouseOptimum.OptimalReturn(new CatMouseState(6, 0, 1, 1, 6, 6, 0), 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => CatMouseOptimum.MeanOptimalReturn(1, 6, 3));
    }

    /// <summary>The return of the seed's flee rule from a start, by the rules alone.</summary>
    internal static int FleeReturn(CatMouseState state, int moves)
    {
        int total = 0, x = state.MouseX, y = state.MouseY;
        for (int move = 0; move < moves; move++)
        {
            var direction = CatMouseRules.FleeDirection(state.CatX, state.CatY, x, y, state.Width, state.Height);
            int before = CatMouseRules.Distance(x, y, state.CatX, state.CatY);
            (x, y) = CatMouseRules.Move(x, y, direction, state.Width, state.Height);
            if (x == state.CatX && y == state.CatY)
            {
                return total + (int)CatMouseRules.CaughtReward;
            }
            total += CatMouseRules.Distance(x, y, state.CatX, state.CatY) - before;
        }
        return total;
    }

    private static int Exhaustive(CatMouseState state, int moves)
    {
        if (moves == 0)
        {
            return 0;
        }
        int best = int.MinValue;
        foreach (var direction in Enum.GetValues<Direction>())
        {
            var (x, y) = CatMouseRules.Move(state.MouseX, state.MouseY, direction, state.Width, state.Height);
            int value = x == state.CatX && y == state.CatY
                ? (int)CatMouseRules.CaughtReward
                : CatMouseRules.Distance(x, y, state.CatX, state.CatY) - CatMouseRules.Distance(state.MouseX, state.MouseY, state.CatX, state.CatY)
                    + Exhaustive(state with { MouseX = x, MouseY = y }, moves - 1);
            best = Math.Max(best, value);
        }
        return best;
    }
}
