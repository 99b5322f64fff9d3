using Xunit;

namespace RlGym.Envs.CatMouse.Tests;

public sealed class CatMouseObservationTests
{
    [Fact]
    public void Cells_are_normalised_in_the_seeds_order()
    {
        var observation = CatMouseObservation.FromCells(catX: 1, catY: 3, mouseX: 5, mouseY: 0, width: 6, height: 4);
        Assert.Equal(new CatMouseObservation(0.2f, 1f, 1f, 0f), observation);
    }

    [Fact]
    public void Copy_to_writes_the_four_numbers_in_order()
    {
        var observation = new CatMouseObservation(0.2f, 0.4f, 0.6f, 0.8f);
        Span<float> buffer = stackalloc float[6];
        buffer.Fill(-1f);
        observation.CopyTo(buffer[1..]);
        Assert.Equal([-1f, 0.2f, 0.4f, 0.6f, 0.8f, -1f], buffer.ToArray());
        Assert.Equal([0.2f, 0.4f, 0.6f, 0.8f], observation.ToArray());
    }

    [Fact]
    public void Copy_to_a_short_buffer_says_how_much_room_is_needed()
    {
        var error = Assert.Throws<ArgumentException>(() => new CatMouseObservation(0, 0, 0, 0).CopyTo(new float[3]));
        Assert.Contains("holds 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("needs 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_as_a_box_element() =>
        Assert.Equal("[0.2, 1, 0, 0.4]", new CatMouseObservation(0.2f, 1f, 0f, 0.4f).ToString());
}
