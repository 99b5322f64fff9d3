namespace RlGym.Core.Wrappers.Common;

/// <summary>The view of a RecordVideo wrapper: the GIF files it has written.</summary>
public interface IVideoRecorder
{
    /// <summary>The paths of the files started so far, in order (the last may still be being written).</summary>
    IReadOnlyList<string> Files { get; }
}
