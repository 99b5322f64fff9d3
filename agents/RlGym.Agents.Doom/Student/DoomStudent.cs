using RlGym.Core.Random;
using RlGym.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace RlGym.Agents.Doom.Student;

/// <summary>
/// A pixels-only Doom policy: a convolutional network (TorchSharp) over the latest <see cref="DoomStudentShape.Stack"/>
/// grey frames that scores each Discrete action; it acts with the highest score. It never sees privileged state.
/// Save and load it with <see cref="DoomStudentFile"/>; train it with <see cref="Gps.GuidedPolicySearch"/>.
/// </summary>
public sealed class DoomStudent : IDisposable
{
    private bool _disposed;
    private float[] _scaled = [];

    /// <summary>A new student with weights drawn from <paramref name="seed"/> (an <see cref="Rng"/>, not TorchSharp's process-wide generator).</summary>
    /// <exception cref="ArgumentException">When the shape is invalid.</exception>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public DoomStudent(DoomStudentShape shape, ulong seed)
        : this(shape, 0, seed)
    {
    }

    /// <summary>A student trained for <paramref name="rounds"/>; weights from <paramref name="seed"/>, or TorchSharp's defaults (to be overwritten from a checkpoint) when null.</summary>
    internal DoomStudent(DoomStudentShape shape, int rounds, ulong? seed)
    {
        ArgumentNullException.ThrowIfNull(shape);
        shape.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        TorchRuntime.EnsureLoaded();
        Shape = shape;
        Rounds = rounds;
        Network = new StudentNetwork(shape);
        if (seed is ulong s)
        {
            Network.Initialise(new Rng(s));
        }
    }

    /// <summary>What the student sees and does.</summary>
    public DoomStudentShape Shape { get; }

    /// <summary>Guided policy search rounds it has been trained for.</summary>
    public int Rounds { get; internal set; }

    /// <summary>The network.</summary>
    internal StudentNetwork Network { get; }

    /// <summary>
    /// The best action for each of <paramref name="actions"/>.Length stacked inputs in <paramref name="inputs"/>
    /// (each <see cref="DoomStudentShape.InputSize"/> bytes: the stack's frames oldest first, each row-major).
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="inputs"/> does not hold exactly that many inputs.</exception>
    public void Decide(ReadOnlySpan<byte> inputs, Span<int> actions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (actions.Length == 0)
        {
            return;
        }
        using var scope = NewDisposeScope();
        using var noGrad = torch.no_grad();
        Network.eval();
        var logits = Network.forward(Inputs(inputs, actions.Length));
        TensorData.CopyIndicesTo(logits.argmax(1), actions);
    }

    /// <summary>Makes this student a copy of <paramref name="other"/> (weights and rounds), which must have the same shape.</summary>
    internal void CopyFrom(DoomStudent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Shape != Shape)
        {
            throw new ArgumentException($"Cannot copy a student of ({other.Shape}) into one of ({Shape}).", nameof(other));
        }
        using var noGrad = torch.no_grad();
        var mine = Network.state_dict();
        foreach (var (name, tensor) in other.Network.state_dict())
        {
            mine[name].copy_(tensor);
        }
        Rounds = other.Rounds;
    }

    /// <summary>
    /// A [count, stack, height, width] float32 tensor of <paramref name="inputs"/> scaled to [0, 1]. The scaling is done
    /// here rather than by a tensor operation with a number: TorchSharp's implicit scalars can be finalised while a
    /// native call still reads them, which under load failed with "Unknown scalar type".
    /// </summary>
    internal Tensor Inputs(ReadOnlySpan<byte> inputs, int count)
    {
        if (inputs.Length != (long)count * Shape.InputSize)
        {
            throw new ArgumentException(
                $"{count} stacked inputs of {Shape.Stack} frames {Shape.Width}x{Shape.Height} take {(long)count * Shape.InputSize} bytes; {inputs.Length} were given.", nameof(inputs));
        }
        if (_scaled.Length < inputs.Length)
        {
            _scaled = new float[inputs.Length];
        }
        var scaled = _scaled.AsSpan(0, inputs.Length);
        for (int i = 0; i < inputs.Length; i++)
        {
            scaled[i] = inputs[i] * (1f / 255f);
        }
        return TensorData.FromFloats(scaled, count, Shape.Stack, Shape.Height, Shape.Width);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            Network.Dispose();
        }
    }
}
