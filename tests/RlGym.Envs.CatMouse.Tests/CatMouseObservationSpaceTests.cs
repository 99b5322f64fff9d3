using Xunit;

namespace RlGym.Envs.CatMouse.Tests;

public sealed class CatMouseObservationSpaceTests
{
    private readonly CatMouseObservationSpace _space = new(6, 4);

    [Fact]
    public void Reads_like_a_gymnasium_box_of_four_floats()
    {
        Assert.Equal("Box(0.0, 1.0, (4,), float32)", _space.ToString());
        Assert.Equal([4], _space.Shape);
        Assert.Equal(typeof(CatMouseObservation), _space.ElementType);
    }

    [Fact]
    public void Contains_every_observation_of_cells_on_the_grid()
    {
        for (int cx = 0; cx < 6; cx++)
        {
            for (int cy = 0; cy < 4; cy++)
            {
                Assert.True(_space.Contains(CatMouseObservation.FromCells(cx, cy, 5 - cx, 3 - cy, 6, 4)));
            }
        }
    }

    [Theory]
    [InlineData(0.3f, 0f, 0f, 0f)]            // between two columns of a 6-wide grid
    [InlineData(0f, 0.5f, 0f, 0f)]            // between two rows of a 4-tall grid
    [InlineData(0f, 0f, 1.2f, 0f)]            // above 1
    [InlineData(0f, 0f, 0f, -0.0001f)]        // below 0
    [InlineData(float.NaN, 0f, 0f, 0f)]
    [InlineData(0f, float.PositiveInfinity, 0f, 0f)]
    public void Refuses_values_no_cell_produces(float catX, float catY, float mouseX, float mouseY) =>
        Assert.False(_space.Contains(new CatMouseObservation(catX, catY, mouseX, mouseY)));

    [Fact]
    public void Samples_are_cells_in_the_space_and_repeat_under_a_seed()
    {
        _space.Seed(11);
        var first = Enumerable.Range(0, 50).Select(_ => _space.Sample()).ToList();
        _space.Seed(11);
        var second = Enumerable.Range(0, 50).Select(_ => _space.Sample()).ToList();
        Assert.Equal(first, second);
        Assert.All(first, o => Assert.True(_space.Contains(o)));
        Assert.True(first.Distinct().Count() > 10);
    }

    [Fact]
    public void A_grid_needs_two_cells_a_side() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CatMouseObservationSpace(1, 6));

    [Fact]
    public void Formats_observations_in_error_messages() =>
        Assert.Equal("[0.2, 1, 0, 0]", _space.Format(new CatMouseObservation(0.2f, 1f, 0f, 0f)));
}
