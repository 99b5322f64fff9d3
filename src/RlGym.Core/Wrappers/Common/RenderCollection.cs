using RlGym.Core.Rendering;

namespace RlGym.Core.Wrappers.Common;

/// <summary>
/// Gymnasium's <c>RenderCollection</c>: renders after every reset and step and keeps the frames; find them with
/// <c>TryFind&lt;IRenderCollection&gt;</c> (an environment made in render mode None collects nothing). A reset forgets earlier frames unless <c>resetClean</c> is false.
/// <c>Render()</c> still returns the current frame, so the render contract holds.
/// </summary>
internal sealed class RenderCollection<TObs, TAction> : Wrapper<TObs, TAction>, IRenderCollection
{
    private readonly List<Frame> _frames = [];
    private readonly bool _resetClean;

    public RenderCollection(IEnvironment<TObs, TAction> inner, bool resetClean) : base(inner) => _resetClean = resetClean;

    public IReadOnlyList<Frame> Frames => _frames;

    public IReadOnlyList<Frame> TakeFrames()
    {
        Frame[] taken = [.. _frames];
        _frames.Clear();
        return taken;
    }

    public override ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        if (_resetClean)
        {
            _frames.Clear();
        }
        Collect();
        return result;
    }

    public override StepResult<TObs> Step(TAction action)
    {
        var result = Inner.Step(action);
        Collect();
        return result;
    }

    private void Collect()
    {
        if (Inner.Render() is Frame frame)
        {
            _frames.Add(frame);
        }
    }
}
