using RlGym.Core;
using RlGym.Core.Rendering;
using RlGym.Runner;

namespace RlGym.Cli.Output;

/// <summary>Prints text frames (<c>--render ansi</c>, <c>play</c>), each under a line naming its episode and step.</summary>
/// <param name="writer">Where the frames go.</param>
/// <param name="clearScreen">Clear the terminal before each frame, so a person sees one board at a time.</param>
internal sealed class TextFrameSink(TextWriter writer, bool clearScreen) : IFrameSink
{
    public void OnFrame(int episode, int step, Frame frame)
    {
        if (frame.Mode != RenderMode.Ansi)
        {
            return;
        }
        if (clearScreen)
        {
            writer.Write("\u001b[H\u001b[2J");
        }
        writer.WriteLine($"-- episode {episode}, step {step}");
        writer.WriteLine(frame.Text);
    }
}
