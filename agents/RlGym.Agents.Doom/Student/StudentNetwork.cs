using RlGym.Core.Random;
using RlGym.Torch;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.Doom.Student;

/// <summary>
/// The student's convolutional policy: stacked grey frames [batch, stack, height, width] scaled to [0, 1], two
/// convolutions (16 filters 8x8 stride 4, 32 filters 4x4 stride 2, ReLU, after the Atari DQN of Mnih et al. 2013),
/// a 256-unit ReLU layer and one logit per Discrete action.
/// </summary>
internal sealed class StudentNetwork : nn.Module<Tensor, Tensor>
{
    public const int Hidden = 256;

    // TorchSharp names the state entries after these fields ("conv1.weight", "head.bias"), hence no underscore.
    private readonly Conv2d conv1;
    private readonly Conv2d conv2;
    private readonly Linear fc;
    private readonly Linear head;

    public StudentNetwork(DoomStudentShape shape) : base("doom_student")
    {
        conv1 = nn.Conv2d(shape.Stack, 16, kernel_size: 8, stride: 4);
        conv2 = nn.Conv2d(16, 32, kernel_size: 4, stride: 2);
        long features = 32L * Reduced(shape.Height) * Reduced(shape.Width);
        fc = nn.Linear(features, Hidden);
        head = nn.Linear(Hidden, shape.Actions);
        RegisterComponents();
    }

    /// <summary>
    /// Draws every weight and bias from U(-1/sqrt(fan_in), 1/sqrt(fan_in)), the spread of TorchSharp's own default
    /// initialisation, but from <paramref name="rng"/>: TorchSharp's generator is process-wide, so two students made at
    /// once on different threads could otherwise draw from each other's sequence.
    /// </summary>
    public void Initialise(Rng rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        using var noGrad = torch.no_grad();
        foreach (var (layer, fanIn) in new (nn.Module Layer, long FanIn)[]
        {
            (conv1, conv1.weight!.shape[1] * conv1.weight.shape[2] * conv1.weight.shape[3]),
            (conv2, conv2.weight!.shape[1] * conv2.weight.shape[2] * conv2.weight.shape[3]),
            (fc, fc.weight.shape[1]),
            (head, head.weight.shape[1]),
        })
        {
            float bound = 1f / MathF.Sqrt(fanIn);
            foreach (var parameter in layer.parameters())
            {
                var values = new float[parameter.numel()];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = (rng.NextSingle() * 2 - 1) * bound;
                }
                using var drawn = TensorData.FromFloats(values, parameter.shape);
                parameter.copy_(drawn);
            }
        }
    }

    /// <summary>Logits [batch, actions] for frames [batch, stack, height, width] scaled to [0, 1].</summary>
    public override Tensor forward(Tensor frames)
    {
        using var scope = NewDisposeScope();
        var x = nn.functional.relu(conv1.forward(frames));
        x = nn.functional.relu(conv2.forward(x));
        x = nn.functional.relu(fc.forward(x.flatten(1)));
        return head.forward(x).MoveToOuterDisposeScope();
    }

    /// <summary>A side after both convolutions.</summary>
    private static long Reduced(int side) => ((side - 8) / 4 + 1 - 4) / 2 + 1;
}
