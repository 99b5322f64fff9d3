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

    /// <summary>Logits [batch, actions] for frames [batch, stack, height, width] of values 0 to 255.</summary>
    public override Tensor forward(Tensor frames)
    {
        using var scope = NewDisposeScope();
        var x = frames.div(255f);
        x = nn.functional.relu(conv1.forward(x));
        x = nn.functional.relu(conv2.forward(x));
        x = nn.functional.relu(fc.forward(x.flatten(1)));
        return head.forward(x).MoveToOuterDisposeScope();
    }

    /// <summary>A side after both convolutions.</summary>
    private static long Reduced(int side) => ((side - 8) / 4 + 1 - 4) / 2 + 1;
}
