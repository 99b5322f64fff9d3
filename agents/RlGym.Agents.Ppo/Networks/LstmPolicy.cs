using RlGym.Core.Random;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo.Networks;

/// <summary>
/// CleanRL's <c>ppo_atari_lstm.py</c> agent over any observation: an encoder, an LSTM cell of <see cref="PolicyShape.Hidden"/>
/// units, and actor and critic heads on its output. The encoder is a tanh layer of <see cref="PolicyShape.Hidden"/> units
/// for flat observations, or otherwise <see cref="EncoderPolicy"/>'s (<see cref="PartEncoders"/>: a CNN per picture, an
/// embedding per run of tokens, a tanh layer per flat part, joined in a shared ReLU layer of 256 or 512 units). The
/// state (h, c) is the caller's: zeroed at episode starts, carried between steps. Orthogonal initialisation as CleanRL's
/// (LSTM weights gain 1, biases 0).
/// </summary>
internal sealed class LstmPolicy : PolicyNetwork
{
    // TorchSharp names state entries after the fields, hence no underscores. A flat observation's encoder is `encoder`;
    // pictures' and tokens' are `encoders` and `shared` (the unused ones stay null and are not registered).
    private readonly Linear? encoder;
    private readonly ModuleList<nn.Module<Tensor, Tensor>>? encoders;
    private readonly Linear? shared;
    private readonly LSTMCell core;
    private readonly Linear actor;
    private readonly Linear critic;
    private readonly PartEncoders? _parts;

    public LstmPolicy(PolicyShape shape) : base("ppo_lstm", shape)
    {
        int h = shape.Hidden;
        int features;
        if (shape.NeedsEncoders)
        {
            _parts = new PartEncoders(shape);
            encoders = _parts.Parts;
            shared = _parts.Shared;
            features = _parts.Width;
        }
        else
        {
            encoder = nn.Linear(shape.ObservationSize, h);
            features = h;
        }
        core = nn.LSTMCell(features, h);
        actor = nn.Linear(h, shape.Logits);
        critic = nn.Linear(h, 1);
        RegisterComponents();
    }

    public override int StateSize => Shape.Hidden;

    /// <summary>A step from a zero state (an episode's first step).</summary>
    public override (Tensor Logits, Tensor Value) forward(Tensor observations)
    {
        using var scope = NewDisposeScope();
        using var zero = torch.zeros(observations.shape[0], StateSize);
        var (logits, value, _, _) = Step(observations, zero, zero);
        return (logits.MoveToOuterDisposeScope(), value.MoveToOuterDisposeScope());
    }

    public override Tensor Value(Tensor observations)
    {
        using var scope = NewDisposeScope();
        return forward(observations).Value.MoveToOuterDisposeScope();
    }

    public override (Tensor Logits, Tensor Value, Tensor H, Tensor C) Step(Tensor observations, Tensor h, Tensor c)
    {
        using var scope = NewDisposeScope();
        var (logits, value, nextH, nextC) = Core(Encode(observations), h, c);
        return (logits.MoveToOuterDisposeScope(), value.MoveToOuterDisposeScope(), nextH.MoveToOuterDisposeScope(), nextC.MoveToOuterDisposeScope());
    }

    public override Tensor Encode(Tensor observations)
    {
        using var scope = NewDisposeScope();
        return (_parts is not null ? _parts.Forward(observations) : encoder!.forward(observations).tanh_()).MoveToOuterDisposeScope();
    }

    public override (Tensor Logits, Tensor Value, Tensor H, Tensor C) Core(Tensor features, Tensor h, Tensor c)
    {
        using var scope = NewDisposeScope();
        var (nextH, nextC) = core.forward(features, (h, c));
        return (actor.forward(nextH).MoveToOuterDisposeScope(), critic.forward(nextH).squeeze(1).MoveToOuterDisposeScope(),
            nextH.MoveToOuterDisposeScope(), nextC.MoveToOuterDisposeScope());
    }

    public override Tensor Value(Tensor observations, Tensor h, Tensor c)
    {
        using var scope = NewDisposeScope();
        var (nextH, _) = core.forward(Encode(observations), (h, c));
        return critic.forward(nextH).squeeze(1).MoveToOuterDisposeScope();
    }

    public override void Initialise(Rng rng)
    {
        if (_parts is not null)
        {
            _parts.Initialise(rng);
        }
        else
        {
            Orthogonal.Initialise(encoder!.weight!, encoder.bias, Math.Sqrt(2), rng);
        }
        var parameters = core.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Orthogonal.Initialise(parameters["weight_ih"], parameters.GetValueOrDefault("bias_ih"), 1.0, rng);
        Orthogonal.Initialise(parameters["weight_hh"], parameters.GetValueOrDefault("bias_hh"), 1.0, rng);
        Orthogonal.Initialise(actor.weight!, actor.bias, 0.01, rng);
        Orthogonal.Initialise(critic.weight!, critic.bias, 1.0, rng);
    }
}
