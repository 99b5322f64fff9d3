using System.Runtime.Intrinsics;
using System.Numerics;
using System.Runtime.InteropServices;

namespace RlGym.Agents.CatMouse.Elman;

/// <summary>
/// The seed's "LSTM brain", named for what it is: an Elman recurrent network (4 inputs, H sigmoid hidden units fed back
/// as context, one sigmoid output read as a compass direction), trained after every game by backpropagation through
/// time with the seed's plain gradient step. Double precision throughout. Sums run in the order of a sequential dot
/// product (each hidden unit's sum accumulated input by input, multiply then add, never fused), vectorised across hidden
/// units only, so that a run seeded with <see cref="RlGym.Core.Random.NumpyRandomState"/> follows the seed's NumPy run
/// game for game for hidden 16, 32 and 64. The sigmoid uses .NET's vectorised exp, which may differ from the C library's
/// in the last bit; the tests pin the NumPy stop counts, so a change that alters the trajectory is caught.
/// </summary>
public sealed class ElmanNetwork
{
    /// <summary>The number of inputs: cat x, cat y, mouse x, mouse y.</summary>
    public const int InputSize = 4;

    private readonly double[] _w0;   // synapse_0: InputSize x H, row-major
    private readonly double[] _wh;   // synapse_h: H x H, row-major (row = previous hidden unit)
    private readonly double[] _whT;  // synapse_h transposed, for the backward pass
    private readonly double[] _w1;   // synapse_1: H x 1
    private readonly double[] _u0;
    private readonly double[] _uh;
    private readonly double[] _u1;
    private readonly double[] _future;
    private readonly double[] _delta;
    private readonly double[] _pre;
    private readonly double[] _context;
    private double[] _inputs;        // tape: InputSize per step
    private double[] _hidden;        // tape: H per step, after H zeros for the initial context
    private double[] _outputDeltas;  // tape: one per step
    private int _steps;
    private int _taught;
    private double _sequenceError;

    /// <summary>Creates a network with all weights zero; call <see cref="InitializeUniform"/> or load weights.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="hidden"/> is not positive or the learning rate is not a positive finite number.</exception>
    public ElmanNetwork(int hidden, double learningRate = 0.1, int sequenceCapacity = 16)
    {
        if (hidden <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "The hidden size must be a positive integer.");
        }
        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive number.");
        }
        Hidden = hidden;
        LearningRate = learningRate;
        _w0 = new double[InputSize * hidden];
        _wh = new double[hidden * hidden];
        _whT = new double[hidden * hidden];
        _w1 = new double[hidden];
        _u0 = new double[_w0.Length];
        _uh = new double[_wh.Length];
        _u1 = new double[hidden];
        _future = new double[hidden];
        _delta = new double[hidden];
        _pre = new double[hidden];
        _context = new double[hidden];
        int capacity = Math.Max(1, sequenceCapacity);
        _inputs = new double[capacity * InputSize];
        _hidden = new double[(capacity + 1) * hidden];
        _outputDeltas = new double[capacity];
    }

    /// <summary>The number of hidden units.</summary>
    public int Hidden { get; }

    /// <summary>The step size of the gradient update (the seed's alpha).</summary>
    public double LearningRate { get; }

    /// <summary>Input-to-hidden weights (the seed's synapse_0), InputSize x Hidden, row-major.</summary>
    public Span<double> InputWeights => _w0;

    /// <summary>Hidden-to-hidden weights (the seed's synapse_h), Hidden x Hidden, row-major. Call <see cref="WeightsChanged"/> after writing them.</summary>
    public Span<double> RecurrentWeights => _wh;

    /// <summary>Hidden-to-output weights (the seed's synapse_1), one per hidden unit.</summary>
    public Span<double> OutputWeights => _w1;

    /// <summary>The number of steps recorded since <see cref="BeginSequence"/>.</summary>
    public int Steps => _steps;

    /// <summary>
    /// Fills the weights with <c>2u - 1</c> for uniform draws u in [0, 1), in the seed's order: synapse_0, synapse_1,
    /// then synapse_h, each row-major.
    /// </summary>
    public void InitializeUniform(Func<double> nextUnit)
    {
        ArgumentNullException.ThrowIfNull(nextUnit);
        for (int i = 0; i < _w0.Length; i++)
        {
            _w0[i] = 2 * nextUnit() - 1;
        }
        for (int i = 0; i < _w1.Length; i++)
        {
            _w1[i] = 2 * nextUnit() - 1;
        }
        for (int i = 0; i < _wh.Length; i++)
        {
            _wh[i] = 2 * nextUnit() - 1;
        }
        WeightsChanged();
    }

    /// <summary>Refreshes internal copies after <see cref="RecurrentWeights"/> were written from outside.</summary>
    public void WeightsChanged() => Transpose(_wh, _whT, Hidden);

    /// <summary>Starts a new sequence (a game): clears the recurrent context and the recorded steps.</summary>
    public void BeginSequence()
    {
        Array.Clear(_hidden, 0, Hidden);
        Array.Clear(_context);
        _steps = 0;
        _taught = 0;
        _sequenceError = 0;
    }

    /// <summary>Feeds one input, records the step for learning, and returns the output in (0, 1).</summary>
    /// <exception cref="ArgumentException">When the input does not have <see cref="InputSize"/> values.</exception>
    public double Forward(ReadOnlySpan<double> input)
    {
        if (input.Length != InputSize)
        {
            throw new ArgumentException($"The network takes {InputSize} inputs, got {input.Length}.", nameof(input));
        }
        EnsureCapacity(_steps + 1);
        input.CopyTo(_inputs.AsSpan(_steps * InputSize, InputSize));
        var previous = _hidden.AsSpan(_steps * Hidden, Hidden);
        var next = _hidden.AsSpan((_steps + 1) * Hidden, Hidden);
        double output = Compute(input, previous, next);
        _steps++;
        return output;
    }

    /// <summary>Feeds one input without recording it (for acting, not learning) and returns the output.</summary>
    public double Predict(ReadOnlySpan<double> input)
    {
        if (input.Length != InputSize)
        {
            throw new ArgumentException($"The network takes {InputSize} inputs, got {input.Length}.", nameof(input));
        }
        Span<double> next = Hidden <= 256 ? stackalloc double[Hidden] : new double[Hidden];
        double output = Compute(input, _context, next);
        next.CopyTo(_context);
        return output;
    }

    /// <summary>
    /// Gives the target for the last recorded step (the seed's <c>teachError</c>) and returns the absolute error.
    /// </summary>
    /// <exception cref="InvalidOperationException">When every recorded step already has its target.</exception>
    public double Teach(double target, double output)
    {
        if (_taught >= _steps)
        {
            throw new InvalidOperationException("Teach was called without a Forward step to teach; call Forward first.");
        }
        double error = target - output;
        _outputDeltas[_taught++] = error * (output * (1 - output));
        double absolute = Math.Abs(error);
        _sequenceError += absolute;
        return absolute;
    }

    /// <summary>
    /// Backpropagates through the recorded sequence and applies the seed's update (weights += alpha x summed gradient).
    /// Returns the sequence's total absolute error (the seed's total_abs_error).
    /// </summary>
    /// <exception cref="InvalidOperationException">When a recorded step has no target.</exception>
    public double Learn()
    {
        if (_taught != _steps)
        {
            throw new InvalidOperationException($"{_steps - _taught} step(s) have no target; call Teach after every Forward.");
        }
        int h = Hidden;
        Array.Clear(_u0);
        Array.Clear(_uh);
        Array.Clear(_u1);
        Array.Clear(_future);
        for (int t = _steps - 1; t >= 0; t--)
        {
            var current = _hidden.AsSpan((t + 1) * h, h);
            var previous = _hidden.AsSpan(t * h, h);
            double outputDelta = _outputDeltas[t];

            // delta[k] = (sum_i future[i] * Wh[k, i] + outputDelta * W1[k]) * h[k] (1 - h[k])
            var delta = _delta.AsSpan();
            ElmanKernels.MultiplyRowVector(_future, _whT, delta);
            int kv = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                var od = Vector256.Create(outputDelta);
                var one = Vector256.Create(1.0);
                for (; kv + Vector256<double>.Count <= h; kv += Vector256<double>.Count)
                {
                    var hk = Vector256.Create((ReadOnlySpan<double>)current.Slice(kv));
                    var w1 = Vector256.Create((ReadOnlySpan<double>)_w1.AsSpan(kv));
                    var d = Vector256.Create((ReadOnlySpan<double>)delta.Slice(kv));
                    ((d + od * w1) * (hk * (one - hk))).CopyTo(delta.Slice(kv));
                }
            }
            for (int k = kv; k < h; k++)
            {
                delta[k] = (delta[k] + outputDelta * _w1[k]) * (current[k] * (1 - current[k]));
            }

            AddScaled(_u1, outputDelta, current);
            ElmanKernels.AddOuterProduct(_uh, previous, delta);
            ElmanKernels.AddOuterProduct(_u0, _inputs.AsSpan(t * InputSize, InputSize), delta);
            delta.CopyTo(_future);
        }
        AddScaled(_w0, LearningRate, _u0);
        AddScaled(_w1, LearningRate, _u1);
        AddScaled(_wh, LearningRate, _uh);
        WeightsChanged();
        double error = _sequenceError;
        BeginSequence();
        return error;
    }

    private double Compute(ReadOnlySpan<double> input, ReadOnlySpan<double> previous, Span<double> next)
    {
        int h = Hidden;
        // pre[k] = sum_i x[i] W0[i, k]; context[k] = sum_i prev[i] Wh[i, k]; each summed input by input, as NumPy does.
        var fromInput = _pre.AsSpan();
        ElmanKernels.MultiplyRowVector(input, _w0, fromInput);
        ElmanKernels.MultiplyRowVector(previous, _wh, next);
        int kv = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var one = Vector256.Create(1.0);
            for (; kv + Vector256<double>.Count <= h; kv += Vector256<double>.Count)
            {
                var pre = Vector256.Create((ReadOnlySpan<double>)fromInput.Slice(kv)) + Vector256.Create((ReadOnlySpan<double>)next.Slice(kv));
                (one / (one + Vector256.Exp(-pre))).CopyTo(next.Slice(kv));
            }
        }
        for (int k = kv; k < h; k++)
        {
            next[k] = 1 / (1 + Math.Exp(-(fromInput[k] + next[k])));
        }
        double sum = 0;
        for (int k = 0; k < h; k++)
        {
            sum += next[k] * _w1[k];
        }
        return 1 / (1 + Math.Exp(-sum));
    }

    // target[k] += scale * source[k]: multiply then add, never fused, so the rounding matches NumPy's element by element.
    private static void AddScaled(Span<double> target, double scale, ReadOnlySpan<double> source)
    {
        int k = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<double>.Count)
        {
            var s = new Vector<double>(scale);
            var t = MemoryMarshal.Cast<double, Vector<double>>(target);
            var src = MemoryMarshal.Cast<double, Vector<double>>(source);
            for (int v = 0; v < t.Length; v++)
            {
                t[v] += s * src[v];
            }
            k = t.Length * Vector<double>.Count;
        }
        for (; k < target.Length; k++)
        {
            target[k] += scale * source[k];
        }
    }

    private static void Transpose(double[] source, double[] destination, int n)
    {
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < n; k++)
            {
                destination[k * n + i] = source[i * n + k];
            }
        }
    }

    private void EnsureCapacity(int steps)
    {
        if (steps * InputSize <= _inputs.Length)
        {
            return;
        }
        int capacity = Math.Max(steps, _outputDeltas.Length * 2);
        Array.Resize(ref _inputs, capacity * InputSize);
        Array.Resize(ref _hidden, (capacity + 1) * Hidden);
        Array.Resize(ref _outputDeltas, capacity);
    }
}
