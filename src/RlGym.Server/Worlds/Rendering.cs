using Google.Protobuf;
using Grpc.Core;
using RlGym.Core;
using RlGym.Core.Rendering;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tensors;

namespace RlGym.Server.Worlds;

/// <summary>Turns what an environment renders into a <see cref="RenderResponse"/>.</summary>
internal static class Rendering
{
    /// <summary>
    /// The frame of an environment made with <paramref name="mode"/>: an RGB picture as a (height, width, 3) uint8
    /// array, a text frame as text.
    /// </summary>
    /// <exception cref="ProtocolException">When the world was made without a render mode.</exception>
    public static RenderResponse Of(RenderMode mode, Func<Frame?> render)
    {
        if (mode == RenderMode.None)
        {
            throw new ProtocolException(StatusCode.FailedPrecondition, "This world was made without a render mode; create it with the setting render_mode = 'rgb_array' or 'ansi'.");
        }
        var response = new RenderResponse();
        switch (render())
        {
            case { Pixels: byte[] pixels } picture:
                response.Rgb = new PackedArray { Dtype = DataType.Uint8, Data = ByteString.CopyFrom(pixels) };
                response.Rgb.Shape.Add([picture.Height, picture.Width, 3]);
                break;
            case { Text: string text }:
                response.Text = text;
                break;
        }
        return response;
    }
}
