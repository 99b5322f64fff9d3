using RlGym.Core.Random;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo.Networks;

/// <summary>
/// CleanRL's <c>ppo.py</c> agent: separate actor and critic MLPs, each two tanh layers of <see cref="PolicyShape.Hidden"/>
/// units (tanh computed through sigmoid, see <see cref="Tanh"/>).
/// </summary>
internal sealed class MlpPolicy : PolicyNetwork
{
    // TorchSharp names state entries after the fields ("actor1.weight"), hence no underscores.
    private readonly Linear actor1;
    private readonly Linear actor2;
    private readonly Linear actor3;
    private readonly Linear critic1;
    private readonly Linear critic2;
    private readonly Linear critic3;

    public MlpPolicy(PolicyShape shape) : base("ppo_mlp", shape)
    {
        int h = shape.Hidden;
        actor1 = nn.Linear(shape.ObservationSize, h);
        actor2 = nn.Linear(h, h);
        actor3 = nn.Linear(h, shape.Logits);
        critic1 = nn.Linear(shape.ObservationSize, h);
        critic2 = nn.Linear(h, h);
        critic3 = nn.Linear(h, 1);
        RegisterComponents();
    }

    public override (Tensor Logits, Tensor Value) forward(Tensor observations)
    {
        using var scope = NewDisposeScope();
        var a = Tanh.Of(actor1.forward(observations));
        a = Tanh.Of(actor2.forward(a));
        var logits = actor3.forward(a);
        var value = Value(observations);
        return (logits.MoveToOuterDisposeScope(), value.MoveToOuterDisposeScope());
    }

    public override Tensor Value(Tensor observations)
    {
        using var scope = NewDisposeScope();
        var c = Tanh.Of(critic1.forward(observations));
        c = Tanh.Of(critic2.forward(c));
        return critic3.forward(c).squeeze(1).MoveToOuterDisposeScope();
    }

    public override void Initialise(Rng rng)
    {
        double hidden = Math.Sqrt(2);
        foreach (var (layer, gain) in new (Linear, double)[]
        {
            (actor1, hidden), (actor2, hidden), (actor3, 0.01), (critic1, hidden), (critic2, hidden), (critic3, 1.0),
        })
        {
            Orthogonal.Initialise(layer.weight!, layer.bias, gain, rng);
        }
    }
}
