using RlGym.Core.Random;
using RlGym.Envs.Doom.Rendering;
using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Tests.Rendering;

public sealed class RendererTests
{
    private const int Width = 160, Height = 120, Centre = Width / 2;

    private static DoomRenderer Render(string map, out DoomWorld world, DoomScenario? scenario = null)
    {
        world = new DoomWorld(scenario ?? Scenario(), DoomMap.Parse(map, "test.map"));
        world.Reset(new Rng(1));
        var renderer = new DoomRenderer(new ScreenSettings(Width, Height, Gray: false, Weapon: false), acidFloor: false);
        renderer.Render(world);
        return renderer;
    }

    private static DoomScenario Scenario() => new() { Id = "Doom/Test-v0", Map = "test", Buttons = [DoomButton.Attack] };

    [Theory]
    [InlineData("#####\n#>..#\n#####\n", 2.5)]
    [InlineData("#######\n#>....#\n#######\n", 4.5)]
    public void AWallStraightAheadFillsTheCentreColumnAtItsProjectedHeight(string map, double cells)
    {
        var renderer = Render(map, out _);
        Assert.Equal(cells * DoomMap.CellSize, renderer.WallDepth(Centre), 1);
        double half = Width / 2.0 / cells / 2;
        var (top, bottom) = renderer.WallSpan(Centre);
        Assert.Equal(Height / 2.0 - half, top, 0.51);
        Assert.Equal(Height / 2.0 + half, bottom, 0.51);
        var frame = renderer.Frame;
        for (int y = 0; y < Height; y++)
        {
            uint pixel = frame[y * Width + Centre];
            bool wall = y >= top && y < bottom;
            Assert.True(wall == (pixel != renderer.Background(y)), $"row {y} of the centre column is {pixel:X6}; the wall spans rows {top} to {bottom - 1}");
        }
        Assert.NotEqual(frame[top * Width + Centre], frame[(top - 1) * Width + Centre]);
        Assert.NotEqual(frame[(bottom - 1) * Width + Centre], frame[bottom * Width + Centre]);
    }

    [Fact]
    public void DepthGrowsWithDistance()
    {
        var near = Render("#####\n#>..#\n#####\n", out _);
        var far = Render("#######\n#>....#\n#######\n", out _);
        int middle = Height / 2 * Width + Centre;
        Assert.Equal(near.WallDepth(Centre), near.Depth[middle], 1);
        Assert.True(far.Depth[middle] > near.Depth[middle]);
        float previous = float.MaxValue;
        for (int y = far.WallSpan(Centre).Bottom; y < Height; y++)
        {
            float floor = far.Depth[y * Width + Centre];
            Assert.True(floor < previous, $"the floor at row {y} is no nearer than the row above");
            previous = floor;
        }
    }

    [Fact]
    public void TheLabelsBufferMarksTheMonstersPixels()
    {
        var renderer = Render("########\n#>...C.#\n########\n", out var world);
        var labels = renderer.Labels;
        var frame = renderer.Frame;
        var empty = Render("########\n#>.....#\n########\n", out _).Frame;
        int marked = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != 0)
            {
                marked++;
                Assert.Equal(1, labels[i]);
                Assert.Equal(DoomObjectKind.Cacodemon, world.Objects[labels[i] - 1].Kind);
                Assert.NotEqual(empty[i], frame[i]);
                Assert.Equal(4 * DoomMap.CellSize, renderer.Depth[i], 1);
            }
            else
            {
                Assert.Equal(empty[i], frame[i]);
            }
        }
        Assert.InRange(marked, 100, Width * Height / 4);
    }

    [Fact]
    public void ASpriteBehindAWallIsOccluded()
    {
        var hidden = Render("#########\n#>..#.C.#\n#########\n", out _);
        Assert.DoesNotContain(hidden.Labels.ToArray(), label => label != 0);
        var shown = Render("#########\n#>....C.#\n#########\n", out _);
        Assert.Contains(shown.Labels.ToArray(), label => label != 0);
    }

    [Fact]
    public void GreyFramesAreTheLuminanceOfTheColourFrame()
    {
        var world = new DoomWorld(Scenario(), DoomMap.Parse("########\n#>...C.#\n########\n", "test.map"));
        world.Reset(new Rng(1));
        var colour = new DoomRenderer(new ScreenSettings(Width, Height, false, true), false);
        var grey = new DoomRenderer(new ScreenSettings(Width, Height, true, true), false);
        colour.Render(world);
        grey.Render(world);
        var rgb = new byte[Width * Height * 3];
        var luminance = new byte[Width * Height];
        colour.WriteObservation(rgb);
        grey.WriteObservation(luminance);
        for (int i = 0; i < luminance.Length; i++)
        {
            int expected = (rgb[i * 3] * 77 + rgb[i * 3 + 1] * 150 + rgb[i * 3 + 2] * 29 + 128) >> 8;
            Assert.InRange(luminance[i], expected - 2, expected + 2);
        }
    }

    [Fact]
    public void PackingMatchesThePixelsForAnyLength()
    {
        for (int length = 0; length < 70; length++)
        {
            var pixels = Enumerable.Range(0, length).Select(i => (uint)(i * 0x010203 + 7) & 0xFFFFFF).ToArray();
            var rgb = new byte[length * 3];
            var grey = new byte[length];
            FramePacker.PackRgb(pixels, rgb);
            FramePacker.PackGray(pixels, grey);
            for (int i = 0; i < length; i++)
            {
                Assert.Equal([(byte)pixels[i], (byte)(pixels[i] >> 8), (byte)(pixels[i] >> 16)], rgb[(i * 3)..(i * 3 + 3)]);
                Assert.Equal((byte)pixels[i], grey[i]);
            }
        }
    }

    [Fact]
    public void RenderingAllocatesNothing()
    {
        var renderer = Render("########\n#>...C.#\n########\n", out var world);
        var observation = new byte[Width * Height * 3];
        // The first calls run the JIT's quick tier-0 code, which may allocate what the optimised code keeps on the
        // stack (a fresh run once saw 48 bytes a render there): count batches of 100 renders until the runtime has
        // promoted the code, for at most 10 s, and require the steady state to allocate nothing.
        long allocated = -1;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (allocated != 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                renderer.Render(world);
                renderer.WriteObservation(observation);
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.Equal(0, allocated);
    }
}
