using FsCheck.Xunit;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests;

public sealed class CatMouseRulesTests
{
    // Each row is worked by hand through the seed's stupidTeacherForMouseGetIdealDirection on its 6x6 grid.
    [Theory]
    [InlineData(2, 2, 4, 3, Direction.Right)] // right of the cat, further in x: run right
    [InlineData(2, 2, 3, 4, Direction.Up)]    // dy (2) > dx (1): run up
    [InlineData(2, 2, 3, 5, Direction.Right)] // would run up but is on the top row: right
    [InlineData(2, 3, 3, 1, Direction.Down)]  // -dy (2) > dx (1): run down
    [InlineData(2, 3, 3, 0, Direction.Right)] // would run down but is on the bottom row: right
    [InlineData(3, 2, 5, 3, Direction.Up)]    // on the right wall, above the cat: along the wall, up
    [InlineData(3, 3, 5, 2, Direction.Down)]  // on the right wall, below the cat: down
    [InlineData(3, 3, 5, 3, Direction.Right)] // on the right wall level with the cat: the seed still says right (blocked)
    [InlineData(1, 1, 3, 3, Direction.Right)] // dy == dx: the strict > keeps it horizontal
    [InlineData(2, 2, 2, 4, Direction.Up)]    // straight above (dx == 0 counts as right of the cat): up
    [InlineData(2, 2, 2, 5, Direction.Right)] // straight above on the top row: right
    [InlineData(2, 2, 2, 2, Direction.Right)] // on the cat's cell: right
    [InlineData(5, 2, 5, 2, Direction.Right)] // on the cat's cell at the right wall: right (blocked)
    [InlineData(3, 3, 1, 4, Direction.Left)]  // left of the cat, further in x: run left
    [InlineData(3, 3, 2, 5, Direction.Left)]  // would run up (2 > 1) but is on the top row: left
    [InlineData(3, 3, 2, 1, Direction.Down)]  // -dy (2) > -dx (1): down
    [InlineData(3, 3, 2, 0, Direction.Left)]  // would run down but is on the bottom row: left
    [InlineData(3, 1, 1, 3, Direction.Left)]  // dy == -dx: left
    [InlineData(3, 3, 0, 3, Direction.Up)]    // on the left wall level with the cat: up (dy >= 0), unlike the right wall
    [InlineData(3, 3, 0, 4, Direction.Up)]    // on the left wall above the cat: up
    [InlineData(3, 3, 0, 1, Direction.Down)]  // on the left wall below the cat: down
    [InlineData(3, 0, 0, 0, Direction.Up)]    // left wall, bottom row, level: up
    public void Flee_direction_follows_the_seeds_decision_tree(int catX, int catY, int mouseX, int mouseY, Direction expected) =>
        Assert.Equal(expected, CatMouseRules.FleeDirection(catX, catY, mouseX, mouseY, 6, 6));

    [Fact]
    public void Flee_direction_reads_height_for_rows_and_width_for_columns()
    {
        // 8 wide, 4 tall: row 3 is the top row, so up is ruled out; with the sides swapped it would not be.
        Assert.Equal(Direction.Right, CatMouseRules.FleeDirection(2, 0, 3, 3, width: 8, height: 4));
        Assert.Equal(Direction.Up, CatMouseRules.FleeDirection(2, 0, 3, 3, width: 4, height: 8));
        // Column 3 is the right wall only when the grid is 4 wide.
        Assert.Equal(Direction.Up, CatMouseRules.FleeDirection(1, 1, 3, 2, width: 4, height: 8));
        Assert.Equal(Direction.Right, CatMouseRules.FleeDirection(1, 1, 3, 2, width: 8, height: 4));
    }

    [Property(Arbitrary = [typeof(CatMouseArbitraries)], MaxTest = 500)]
    public bool Fleeing_never_brings_the_mouse_closer(Position p)
    {
        if (p.CatX == p.MouseX && p.CatY == p.MouseY)
        {
            return true;
        }
        var direction = CatMouseRules.FleeDirection(p.CatX, p.CatY, p.MouseX, p.MouseY, p.Width, p.Height);
        var (x, y) = CatMouseRules.Move(p.MouseX, p.MouseY, direction, p.Width, p.Height);
        return CatMouseRules.Distance(x, y, p.CatX, p.CatY) >= CatMouseRules.Distance(p.MouseX, p.MouseY, p.CatX, p.CatY);
    }

    [Property(Arbitrary = [typeof(CatMouseArbitraries)], MaxTest = 500)]
    public bool Chasing_always_brings_the_cat_one_closer(Position p)
    {
        int before = CatMouseRules.Distance(p.CatX, p.CatY, p.MouseX, p.MouseY);
        var (x, y) = CatMouseRules.Move(p.CatX, p.CatY, CatMouseRules.ChaseDirection(p.CatX, p.CatY, p.MouseX, p.MouseY), p.Width, p.Height);
        return before == 0 || CatMouseRules.Distance(x, y, p.MouseX, p.MouseY) == before - 1;
    }

    [Theory]
    [InlineData(2, 2, 5, 3, Direction.Right)] // |dx| 3 > |dy| 1
    [InlineData(2, 2, 0, 3, Direction.Left)]
    [InlineData(2, 2, 3, 5, Direction.Up)]
    [InlineData(2, 2, 1, 0, Direction.Down)]
    [InlineData(2, 2, 4, 4, Direction.Right)] // tie: horizontal first
    [InlineData(2, 2, 0, 0, Direction.Left)]
    [InlineData(2, 2, 2, 2, Direction.Up)]    // same cell: nothing to close
    public void Chase_closes_the_larger_gap(int catX, int catY, int mouseX, int mouseY, Direction expected) =>
        Assert.Equal(expected, CatMouseRules.ChaseDirection(catX, catY, mouseX, mouseY));

    [Theory]
    [InlineData(2, 2, Direction.Up, 2, 3)]
    [InlineData(2, 2, Direction.Right, 3, 2)]
    [InlineData(2, 2, Direction.Down, 2, 1)]
    [InlineData(2, 2, Direction.Left, 1, 2)]
    [InlineData(2, 5, Direction.Up, 2, 5)]    // top wall
    [InlineData(5, 2, Direction.Right, 5, 2)] // right wall
    [InlineData(2, 0, Direction.Down, 2, 0)]  // bottom wall
    [InlineData(0, 2, Direction.Left, 0, 2)]  // left wall
    public void Moves_go_one_cell_and_clamp_at_the_walls(int x, int y, Direction direction, int expectedX, int expectedY) =>
        Assert.Equal((expectedX, expectedY), CatMouseRules.Move(x, y, direction, 6, 6));

    [Fact]
    public void Moving_in_an_unknown_direction_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CatMouseRules.Move(1, 1, (Direction)4, 6, 6));

    [Theory]
    [InlineData(0.0, Direction.Up)]
    [InlineData(0.2499, Direction.Up)]
    [InlineData(0.25, Direction.Right)]
    [InlineData(0.4999, Direction.Right)]
    [InlineData(0.5, Direction.Down)]
    [InlineData(0.7499, Direction.Down)]
    [InlineData(0.75, Direction.Left)]
    [InlineData(1.0, Direction.Left)]
    [InlineData(-0.3, Direction.Up)]  // below the range: up, as the seed's first comparison gives
    [InlineData(1.7, Direction.Left)] // above the range: left
    public void Compass_readings_use_the_seeds_quadrants(double reading, Direction expected) =>
        Assert.Equal(expected, CatMouseRules.FromCompass(reading));

    [Fact]
    public void A_NaN_compass_reading_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CatMouseRules.FromCompass(double.NaN));
        Assert.Contains("NaN", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Direction.Up, 0.125f)]
    [InlineData(Direction.Right, 0.375f)]
    [InlineData(Direction.Down, 0.625f)]
    [InlineData(Direction.Left, 0.875f)]
    public void Compass_midpoints_are_the_seeds_teacher_outputs_and_read_back(Direction direction, float midpoint)
    {
        Assert.Equal(midpoint, CatMouseRules.ToCompass(direction));
        Assert.Equal(direction, CatMouseRules.FromCompass(midpoint));
    }

    [Fact]
    public void Normalise_divides_by_the_last_cell()
    {
        Assert.Equal(0f, CatMouseRules.Normalise(0, 6));
        Assert.Equal(0.4f, CatMouseRules.Normalise(2, 6));
        Assert.Equal(1f, CatMouseRules.Normalise(5, 6));
        Assert.Equal(1f / 3f, CatMouseRules.Normalise(1, 4));
    }
}
