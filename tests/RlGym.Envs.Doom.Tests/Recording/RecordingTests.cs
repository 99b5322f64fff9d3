using RlGym.Core;
using RlGym.Core.Rendering.Gif;
using RlGym.Core.Tests.Rendering.Gif;

namespace RlGym.Envs.Doom.Tests.Recording;

public sealed class RecordingTests
{
    [Fact]
    public void EachEpisodeIsSavedAsAGifWhoseFramesDecodeToTheObservations()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"doom-record-{Guid.NewGuid():N}");
        try
        {
            var frames = new List<byte[]>();
            using (var env = TestKit.Make("Doom/Basic-v0", EnvOptions.Of(("record_dir", directory), ("frame_skip", 10))))
            {
                frames.Add(env.Reset(4).Observation.Screen());
                StepResult<IReadOnlyDictionary<string, object>> result;
                do
                {
                    result = env.Step(0);
                    frames.Add(result.Observation.Screen());
                }
                while (!result.IsDone);
                env.Reset(5);
                env.Step(1);
            }
            string[] files = Directory.GetFiles(directory, "Doom-Basic-v0-episode-*.gif").Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(2, files.Length);
            var gif = new GifReader(File.ReadAllBytes(files[0]));
            Assert.Equal((160, 120), (gif.Width, gif.Height));
            Assert.Equal(frames.Count, gif.Frames.Count);
            Assert.Equal(31, frames.Count);
            Assert.All(gif.Frames, frame => Assert.InRange(frame.Delay, 28, 29));
            for (int f = 0; f < frames.Count; f++)
            {
                byte[] rgb = frames[f];
                byte[] expected = Enumerable.Range(0, 160 * 120)
                    .Select(i => GifPalette.IndexOf(rgb[i * 3] | ((uint)rgb[i * 3 + 1] << 8) | ((uint)rgb[i * 3 + 2] << 16)))
                    .ToArray();
                Assert.Equal(expected, gif.Frames[f].Indices);
            }
            Assert.Equal(2, new GifReader(File.ReadAllBytes(files[1])).Frames.Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
