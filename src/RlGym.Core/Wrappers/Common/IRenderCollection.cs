using RlGym.Core.Rendering;

namespace RlGym.Core.Wrappers.Common;

/// <summary>The view of a RenderCollection wrapper: the frames drawn after each reset and step since they were last taken.</summary>
public interface IRenderCollection
{
    /// <summary>The frames collected so far, oldest first.</summary>
    IReadOnlyList<Frame> Frames { get; }

    /// <summary>The frames collected so far, which are then forgotten (Gymnasium's <c>pop_frames=True</c>).</summary>
    IReadOnlyList<Frame> TakeFrames();
}
