using RlGym.Core.Rendering.Gif;

namespace RlGym.Envs.Doom.Recording;

/// <summary>
/// Saves each episode of one environment as an animated GIF in a directory (option <c>record_dir</c>), named
/// <c>{scenario}-episode-{n}.gif</c> with n counting episodes recorded in this process, at the game's pace of 35 tics a
/// second (frame skip k shows each frame for k tics).
/// </summary>
internal sealed class EpisodeRecorder(string directory, string scenarioId, int width, int height, int frameSkip)
{
    private static int s_episodes;
    private readonly string _prefix = scenarioId.Replace('/', '-');
    private GifWriter? _gif;
    private double _clock;
    private int _shown;

    /// <summary>The file of the episode being recorded, or of the last one.</summary>
    public string? CurrentPath { get; private set; }

    /// <summary>Starts a file with the episode's first frame.</summary>
    public void Begin(ReadOnlySpan<uint> firstFrame)
    {
        Finish();
        Directory.CreateDirectory(directory);
        FileStream stream;
        while (true)
        {
            int episode = Interlocked.Increment(ref s_episodes);
            string path = Path.Combine(directory, $"{_prefix}-episode-{episode:D5}.gif");
            try
            {
                stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                CurrentPath = path;
                break;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another recorder (or an earlier run) has this name: take the next number.
            }
        }
        _gif = new GifWriter(new BufferedStream(stream, 1 << 16), width, height);
        _clock = 0;
        _shown = 0;
        Add(firstFrame);
    }

    /// <summary>Adds the frame after a step.</summary>
    public void Add(ReadOnlySpan<uint> frame)
    {
        if (_gif is null)
        {
            return;
        }
        _clock += frameSkip * 100.0 / 35.0;
        int until = (int)Math.Round(_clock);
        _gif.Add(frame, until - _shown);
        _shown = until;
    }

    /// <summary>Closes the current file, if one is open.</summary>
    public void Finish()
    {
        _gif?.Dispose();
        _gif = null;
    }
}
