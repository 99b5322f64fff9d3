using RlGym.Core;
using RlGym.Core.Rendering;
using RlGym.Runner.Images;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests.Images;

public sealed class PngFramesTests
{
    private static Frame Gradient(int width, int height) =>
        Frame.FromRgb(width, height, [.. Enumerable.Range(0, width * height * 3).Select(i => (byte)(i * 7 % 256))]);

    [Fact]
    public void An_rgb_frame_becomes_a_png_of_its_size_and_pixels()
    {
        var frame = Gradient(5, 3);
        using var stream = new MemoryStream();

        PngFrames.Write(frame, stream);

        byte[] png = stream.ToArray();
        Assert.Equal(PngReader.Signature, png[..8]);
        Assert.Equal((5, 3, (byte)8, (byte)2), PngReader.Header(png));
        Assert.Equal(frame.Pixels, PngReader.Pixels(png));
    }

    [Fact]
    public void A_text_frame_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PngFrames.Write(Frame.FromText("x"), new MemoryStream()));

        Assert.Contains("this frame is Ansi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_frame_sink_saves_every_frame_of_a_run_by_episode_and_step()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"rlgym-frames-{Guid.NewGuid():N}");
        try
        {
            var sink = new PngFrameSink(folder);

            EpisodeRunner.Run(new ScriptedEnvironment(RenderMode.RgbArray), new ScriptedAgent(0), new RunOptions { Episodes = 2, Seed = 12, Frames = sink });

            string[] names = [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
            Assert.Equal(
                ["episode-0000-step-00000.png", "episode-0000-step-00001.png", "episode-0000-step-00002.png",
                 "episode-0001-step-00000.png", "episode-0001-step-00001.png", "episode-0001-step-00002.png", "episode-0001-step-00003.png"],
                names);
            Assert.Equal(7, sink.Saved);
            byte[] last = File.ReadAllBytes(Path.Combine(folder, names[^1]));
            Assert.Equal((4, 2, (byte)8, (byte)2), PngReader.Header(last));
            Assert.Equal(3, PngReader.Pixels(last)[0]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
