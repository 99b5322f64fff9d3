using RlGym.Core;
using RlGym.Core.Rendering;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests.Rendering;

public sealed class CatMouseRendererTests
{
    private const int Pitch = 45, Inset = 5 + 20; // cell pitch; from a cell's corner to its centre

    [Fact]
    public void Ansi_draws_the_grid_with_the_top_row_first()
    {
        using var env = TestKit.Raw(renderMode: RenderMode.Ansi);
        env.Reset(options: TestKit.Place(1, 4, 3, 0));
        var frame = env.Render();
        Assert.NotNull(frame);
        Assert.Equal(RenderMode.Ansi, frame.Mode);
        Assert.Equal("......\n.C....\n......\n......\n......\n...M..\n", frame.Text);
    }

    [Fact]
    public void Ansi_marks_a_shared_cell_and_respects_the_grid_size()
    {
        using var env = TestKit.Raw(EnvOptions.Of(("width", 3), ("height", 2)), RenderMode.Ansi);
        env.Reset(options: TestKit.Place(2, 0, 2, 0));
        Assert.Equal("...\n..X\n", env.Render()!.Text);
    }

    [Fact]
    public void Rgb_shows_white_cells_black_margins_a_red_cat_and_a_darkening_green_trail()
    {
        using var env = TestKit.Raw(renderMode: RenderMode.RgbArray);
        env.Reset(options: TestKit.Place(4, 4, 1, 1));
        var start = env.Render()!;
        Assert.Equal((275, 275, 275 * 275 * 3), (start.Width, start.Height, start.Pixels!.Length));
        Assert.Equal((0, 255, 0), Centre(start, 1, 1));   // a fresh trail: full green
        Assert.Equal((255, 0, 0), Centre(start, 4, 4));   // the cat
        Assert.Equal((255, 255, 255), Centre(start, 0, 5)); // an empty cell
        Assert.Equal((0, 0, 0), Pixel(start, 2, 2));        // the margin

        env.Step(1); // right to (2, 1)
        env.Step(0); // up to (2, 2)
        var later = env.Render()!;
        Assert.Equal((0, 255, 0), Centre(later, 1, 1)); // oldest cell keeps the lightest green
        Assert.Equal((0, 204, 0), Centre(later, 2, 1));
        Assert.Equal((0, 153, 0), Centre(later, 2, 2)); // where the mouse is now: darkest
        Assert.Equal((255, 255, 255), Centre(later, 0, 0));
    }

    [Fact]
    public void Rgb_frames_are_sized_by_the_grid()
    {
        using var env = TestKit.Raw(EnvOptions.Of(("width", 3), ("height", 2)), RenderMode.RgbArray);
        env.Reset(seed: 1);
        var frame = env.Render()!;
        Assert.Equal((140, 95), (frame.Width, frame.Height));
    }

    [Fact]
    public void Rendering_does_not_change_the_game()
    {
        using var rendered = TestKit.Raw(renderMode: RenderMode.RgbArray);
        using var plain = TestKit.Raw();
        rendered.Reset(seed: 8);
        plain.Reset(seed: 8);
        for (int t = 0; t < 10; t++)
        {
            var before = TestKit.State(rendered);
            rendered.Render();
            Assert.Equal(before, TestKit.State(rendered));
            var a = rendered.Step(t % 4);
            Assert.Equal(plain.Step(t % 4), a);
            if (a.IsDone)
            {
                break;
            }
        }
    }

    [Fact]
    public void No_render_mode_renders_nothing()
    {
        using var env = TestKit.Raw();
        env.Reset(seed: 1);
        Assert.Null(env.Render());
    }

    [Fact]
    public void The_duel_draws_the_cat_where_it_went()
    {
        using var env = TestKit.Environments().MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId, renderMode: RenderMode.RgbArray);
        env.Reset(options: TestKit.Place(0, 0, 5, 5));
        env.Step(new Dictionary<string, int> { ["cat"] = 1, ["mouse"] = 3 });
        var frame = env.Render()!;
        Assert.Equal((255, 0, 0), Centre(frame, 0, 0)); // where the cat started
        Assert.Equal((178, 0, 0), Centre(frame, 1, 0)); // where it is: the 2nd of 2 trail cells, 255 x (1 - 0.6 / 2)
        Assert.Equal((0, 255, 0), Centre(frame, 5, 5));
        Assert.Equal((0, 178, 0), Centre(frame, 4, 5));
    }

    private static (int, int, int) Centre(Frame frame, int x, int y)
    {
        int rows = (frame.Height - 5) / Pitch;
        return Pixel(frame, x * Pitch + Inset, (rows - 1 - y) * Pitch + Inset);
    }

    private static (int, int, int) Pixel(Frame frame, int px, int py)
    {
        int at = (py * frame.Width + px) * 3;
        return (frame.Pixels![at], frame.Pixels[at + 1], frame.Pixels[at + 2]);
    }
}
