namespace RlGym.Core;

/// <summary>How an environment renders; fixed when it is constructed (Gymnasium's <c>render_mode</c>).</summary>
public enum RenderMode
{
    /// <summary>No rendering: <c>Render()</c> returns null.</summary>
    None = 0,

    /// <summary>Text for a terminal (Gymnasium's "ansi"): <see cref="Rendering.Frame.Text"/> is set.</summary>
    Ansi = 1,

    /// <summary>An RGB picture (Gymnasium's "rgb_array"): <see cref="Rendering.Frame.Pixels"/> holds height x width x 3 bytes.</summary>
    RgbArray = 2,
}
