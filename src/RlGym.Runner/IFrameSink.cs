using RlGym.Core.Rendering;

namespace RlGym.Runner;

/// <summary>Receives the frames an environment renders during a run (text to print, pictures to save).</summary>
public interface IFrameSink
{
    /// <summary>A frame of <paramref name="episode"/> after <paramref name="step"/> steps (0 right after the reset).</summary>
    void OnFrame(int episode, int step, Frame frame);
}
