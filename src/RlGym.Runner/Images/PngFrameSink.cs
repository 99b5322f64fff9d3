using System.Globalization;
using RlGym.Core;
using RlGym.Core.Rendering;

namespace RlGym.Runner.Images;

/// <summary>
/// Saves every RGB frame of a run as <c>episode-EEEE-step-SSSSS.png</c> in a folder (created when missing); text
/// frames are ignored.
/// </summary>
public sealed class PngFrameSink : IFrameSink
{
    /// <summary>Saves into <paramref name="directory"/>.</summary>
    public PngFrameSink(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = System.IO.Directory.CreateDirectory(directory).FullName;
    }

    /// <summary>The folder the frames go to.</summary>
    public string Directory { get; }

    /// <summary>How many frames were saved.</summary>
    public int Saved { get; private set; }

    /// <summary>The file name of a frame.</summary>
    public static string FileName(int episode, int step) =>
        string.Create(CultureInfo.InvariantCulture, $"episode-{episode:D4}-step-{step:D5}.png");

    /// <inheritdoc />
    public void OnFrame(int episode, int step, Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Mode != RenderMode.RgbArray)
        {
            return;
        }
        PngFrames.Save(frame, Path.Combine(Directory, FileName(episode, step)));
        Saved++;
    }
}
