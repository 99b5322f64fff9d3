using RlGym.Core.Random;
using TorchSharp;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo.Networks;

/// <summary>
/// An actor-critic network: encoded observations [batch, size] in, action logits [batch, logits] and state values
/// [batch] out. <see cref="Create"/> picks the architecture from the <see cref="PolicyShape"/>.
/// </summary>
internal abstract class PolicyNetwork : nn.Module<Tensor, (Tensor Logits, Tensor Value)>
{
    protected PolicyNetwork(string name, PolicyShape shape) : base(name) => Shape = shape;

    /// <summary>What the network was built from.</summary>
    public PolicyShape Shape { get; }

    /// <summary>The state values [batch] alone.</summary>
    public abstract Tensor Value(Tensor observations);

    /// <summary>Units of recurrent state per environment (0: the network is feed-forward).</summary>
    public virtual int StateSize => 0;

    /// <summary>
    /// One step of a recurrent network for a batch: observations [batch, size] and the state going in (h and c,
    /// [batch, <see cref="StateSize"/>], already zeroed where an episode starts) to logits, values and the state coming out.
    /// </summary>
    /// <exception cref="NotSupportedException">For a feed-forward network.</exception>
    public virtual (Tensor Logits, Tensor Value, Tensor H, Tensor C) Step(Tensor observations, Tensor h, Tensor c) =>
        throw new NotSupportedException("This policy network has no recurrent state.");

    /// <summary>
    /// A recurrent network's encoder alone: observations [batch, size] to the core's input [batch, features]. It does not
    /// read the state, so the steps of whole sequences can be encoded in one batch before <see cref="Core"/> runs through them.
    /// </summary>
    /// <exception cref="NotSupportedException">For a feed-forward network.</exception>
    public virtual Tensor Encode(Tensor observations) =>
        throw new NotSupportedException("This policy network has no recurrent state.");

    /// <summary>
    /// <see cref="Step"/> from encoded observations (<see cref="Encode"/>): the core and the heads, for a batch of one
    /// step each, with the state going in (already zeroed where an episode starts).
    /// </summary>
    /// <exception cref="NotSupportedException">For a feed-forward network.</exception>
    public virtual (Tensor Logits, Tensor Value, Tensor H, Tensor C) Core(Tensor features, Tensor h, Tensor c) =>
        throw new NotSupportedException("This policy network has no recurrent state.");

    /// <summary>The values [batch] of a recurrent network's observations given the state going in.</summary>
    /// <exception cref="NotSupportedException">For a feed-forward network.</exception>
    public virtual Tensor Value(Tensor observations, Tensor h, Tensor c) =>
        throw new NotSupportedException("This policy network has no recurrent state.");

    /// <summary>Draws every weight as CleanRL does (orthogonal: sqrt(2) hidden, 0.01 policy head, 1 value head) from <paramref name="rng"/>.</summary>
    public abstract void Initialise(Rng rng);

    /// <summary>
    /// The network for <paramref name="shape"/>: with <see cref="PolicyShape.Lstm"/>, an encoder, an LSTM core and actor
    /// and critic heads (<see cref="LstmPolicy"/>; the encoder is a tanh layer for flat observations, otherwise
    /// <see cref="EncoderPolicy"/>'s); otherwise two separate tanh MLPs (actor and critic, CleanRL's <c>ppo.py</c>) when
    /// every part is flat; otherwise one encoder per part (a CNN per image, an embedding per run of tokens, a tanh layer
    /// per flat part), concatenated into a shared ReLU layer with actor and critic heads (CleanRL's <c>ppo_atari.py</c>).
    /// </summary>
    public static PolicyNetwork Create(PolicyShape shape) =>
        shape.Lstm ? new LstmPolicy(shape) : shape.NeedsEncoders ? new EncoderPolicy(shape) : new MlpPolicy(shape);
}
