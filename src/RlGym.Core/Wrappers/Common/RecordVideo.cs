using System.Globalization;
using RlGym.Core.Rendering;
using RlGym.Core.Rendering.Gif;

namespace RlGym.Core.Wrappers.Common;

/// <summary>
/// Gymnasium's <c>RecordVideo</c>, writing animated GIFs: renders (mode RgbArray) after each reset and step while
/// recording and streams the frames to <c>{folder}/{prefix}-episode-{id}.gif</c> when the episode trigger fires at a
/// reset, or <c>{prefix}-step-{id}.gif</c> when the step trigger fires at a step. Episode ids count resets from 0, step
/// ids count steps over the wrapper's life. With neither trigger, <see cref="VideoSchedules.CappedCubic"/> picks
/// episodes. <c>videoLength</c> 0 records to the end of the episode; n &gt; 0 stops after n frames. Frames show for
/// 1 / <see cref="Registry.EnvSpec.RenderFps"/> seconds. An existing file is never overwritten: the name gets a
/// suffix -1, -2, ... The GIF encoder is <see cref="GifWriter"/> (moved here from the Doom environments, which use it too).
/// </summary>
internal sealed class RecordVideo<TObs, TAction> : Wrapper<TObs, TAction>, IVideoRecorder
{
    private readonly string _folder;
    private readonly string _prefix;
    private readonly Func<int, bool>? _episodeTrigger;
    private readonly Func<long, bool>? _stepTrigger;
    private readonly int _videoLength;
    private readonly int _delay;
    private GifWriter? _gif;
    private int _frames;
    private int _episodeId = -1;
    private long _stepId;

    public RecordVideo(IEnvironment<TObs, TAction> inner, string folder, Func<int, bool>? episodeTrigger, Func<long, bool>? stepTrigger, int videoLength, string prefix)
        : base(inner)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(videoLength);
        if (inner.RenderMode != RenderMode.RgbArray)
        {
            throw new ArgumentException($"RecordVideo needs an environment made in render mode RgbArray; this one renders {inner.RenderMode}.", nameof(inner));
        }
        _folder = folder;
        _prefix = prefix;
        _episodeTrigger = episodeTrigger ?? (stepTrigger is null ? VideoSchedules.CappedCubic : null);
        _stepTrigger = stepTrigger;
        _videoLength = videoLength;
        _delay = Math.Max(1, (int)Math.Round(100.0 / Math.Max(1, inner.Spec?.RenderFps ?? 30)));
    }

    private readonly List<string> _files = [];

    public IReadOnlyList<string> Files => _files;

    public override ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        _episodeId++;
        if (_gif is not null && _videoLength == 0)
        {
            Stop();
        }
        if (_gif is null && _episodeTrigger is not null && _episodeTrigger(_episodeId))
        {
            Start($"{_prefix}-episode-{_episodeId.ToString(CultureInfo.InvariantCulture)}");
        }
        Capture();
        return result;
    }

    public override StepResult<TObs> Step(TAction action)
    {
        var result = Inner.Step(action);
        _stepId++;
        if (_gif is null && _stepTrigger is not null && _stepTrigger(_stepId))
        {
            Start($"{_prefix}-step-{_stepId.ToString(CultureInfo.InvariantCulture)}");
        }
        Capture();
        return result;
    }

    protected override void Dispose(bool disposing) => Stop();

    private void Start(string name)
    {
        Directory.CreateDirectory(_folder);
        var frame = Inner.Render() ?? throw new InvalidOperationException("RecordVideo: Render() returned no frame in render mode RgbArray.");
        string path = Path.Combine(_folder, name + ".gif");
        for (int suffix = 1; File.Exists(path); suffix++)
        {
            path = Path.Combine(_folder, $"{name}-{suffix.ToString(CultureInfo.InvariantCulture)}.gif");
        }
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        _gif = new GifWriter(new BufferedStream(stream, 1 << 16), frame.Width, frame.Height);
        _frames = 0;
        _files.Add(path);
    }

    private void Capture()
    {
        if (_gif is null)
        {
            return;
        }
        var frame = Inner.Render();
        if (frame?.Pixels is null)
        {
            return;
        }
        _gif.AddRgb(frame.Pixels, _delay);
        _frames++;
        if (_videoLength > 0 && _frames >= _videoLength)
        {
            Stop();
        }
    }

    private void Stop()
    {
        _gif?.Dispose();
        _gif = null;
    }
}
