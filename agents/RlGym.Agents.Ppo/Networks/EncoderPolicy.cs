using RlGym.Core.Random;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo.Networks;

/// <summary>
/// One encoder per observation part (a CNN per picture, an embedding per run of tokens, a tanh layer per flat part; see
/// <see cref="PartEncoders"/>), concatenated into a shared ReLU layer with actor and critic heads (CleanRL's
/// <c>ppo_atari.py</c>).
/// </summary>
internal sealed class EncoderPolicy : PolicyNetwork
{
    // TorchSharp names state entries after the fields ("encoders.0.0.weight", "shared.weight"), hence no underscores.
    private readonly ModuleList<nn.Module<Tensor, Tensor>> encoders;
    private readonly Linear shared;
    private readonly Linear actor;
    private readonly Linear critic;
    private readonly PartEncoders _parts;

    public EncoderPolicy(PolicyShape shape) : base("ppo_encoders", shape)
    {
        _parts = new PartEncoders(shape);
        encoders = _parts.Parts;
        shared = _parts.Shared;
        actor = nn.Linear(_parts.Width, shape.Logits);
        critic = nn.Linear(_parts.Width, 1);
        RegisterComponents();
    }

    public override (Tensor Logits, Tensor Value) forward(Tensor observations)
    {
        using var scope = NewDisposeScope();
        var hidden = _parts.Forward(observations);
        return (actor.forward(hidden).MoveToOuterDisposeScope(), critic.forward(hidden).squeeze(1).MoveToOuterDisposeScope());
    }

    public override Tensor Value(Tensor observations)
    {
        using var scope = NewDisposeScope();
        return critic.forward(_parts.Forward(observations)).squeeze(1).MoveToOuterDisposeScope();
    }

    public override void Initialise(Rng rng)
    {
        _parts.Initialise(rng);
        Orthogonal.Initialise(actor.weight!, actor.bias, 0.01, rng);
        Orthogonal.Initialise(critic.weight!, critic.bias, 1.0, rng);
    }
}
