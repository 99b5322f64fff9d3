using RlGym.Envs.CatMouse;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// The LSTM brain's network: one <c>nn.LSTM</c> layer over the four observation numbers (cat x, cat y, mouse x,
/// mouse y, each mapped from [0, 1] to [-1, 1]), batch first, and a linear head from the hidden state to four
/// direction logits (up, right, down, left).
/// </summary>
internal sealed class LstmNetwork : nn.Module<Tensor, Tensor>
{
    public const int Directions = 4;

    // TorchSharp names the state entries after these fields ("lstm.weight_ih_l0", "head.bias"), hence no underscore.
    private readonly LSTM lstm;
    private readonly Linear head;

    public LstmNetwork(int hidden) : base("lstm_brain")
    {
        lstm = nn.LSTM(CatMouseObservation.Length, hidden, batchFirst: true);
        head = nn.Linear(hidden, Directions);
        RegisterComponents();
    }

    /// <summary>Logits [games, moves, 4] for whole games [games, moves, 4] played from a cleared memory.</summary>
    public override Tensor forward(Tensor games)
    {
        using var centred = Centre(games);
        var (output, h, c) = lstm.forward(centred);
        h.Dispose();
        c.Dispose();
        return head.forward(output);
    }

    /// <summary>Logits [games, 4] for one move [games, 1, 4], carrying the memory in <paramref name="memory"/> (null: cleared).</summary>
    public Tensor Step(Tensor move, ref (Tensor H, Tensor C)? memory)
    {
        using var centred = Centre(move);
        var (output, h, c) = lstm.forward(centred, memory);
        memory = (h, c);
        return head.forward(output.squeeze(1));
    }

    // Scalars that live as long as the process: an implicit one (x.mul(2)) is a finalizable object that the collector
    // may free while the native call still reads it, which under load failed with "Unknown scalar type".
    private static readonly Scalar Two = 2.ToScalar();
    private static readonly Scalar One = 1.ToScalar();

    // The observation's [0, 1] becomes [-1, 1]: centred inputs let the gates' first splits sit anywhere on the grid,
    // which made imitation several times faster in our measurements.
    private static Tensor Centre(Tensor x) => x.mul(Two).sub_(One);
}
