using System.Runtime.InteropServices;
using RlGym.Agents.Ppo.Encoding;
using RlGym.Agents.Ppo.Networks;
using RlGym.Agents.Ppo.Normalization;
using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Torch;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo;

/// <summary>
/// A trained policy acting for a fixed number of lanes with one forward pass per call: encodes and normalises (frozen
/// statistics) the observations, honours action masks, and takes the most likely action or, given a generator, draws one.
/// A recurrent policy (LSTM core) carries each lane's state from step to step; a lane's new episode starts it at zero.
/// </summary>
internal sealed class PolicyActor<TObs, TAction> : IDisposable
{
    private readonly PolicyNetwork _network;
    private readonly ObservationEncoder<TObs> _encoder;
    private readonly ActionDecoder<TAction> _decoder;
    private readonly ObservationNormalizer? _normalizer;
    private readonly bool _ownsNetwork;
    private readonly float[] _observations;
    private readonly float[] _logits;
    private readonly float[] _masks;
    private readonly int[] _choices;
    private readonly Tensor _input;
    private readonly int _d;
    private readonly int _a;
    private readonly FrameStacker? _stacker;
    private readonly float[] _frame;
    private readonly bool[] _fresh;
    private readonly int _s;
    private readonly float[] _stateH;
    private readonly float[] _stateC;

    public PolicyActor(PolicyNetwork network, ObservationEncoder<TObs> encoder, ActionDecoder<TAction> decoder, ObservationNormalizer? normalizer, int lanes, bool ownsNetwork)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        _network = network;
        _encoder = encoder;
        _decoder = decoder;
        _normalizer = normalizer;
        _ownsNetwork = ownsNetwork;
        Lanes = lanes;
        _d = network.Shape.ObservationSize;
        _a = network.Shape.Logits;
        _observations = new float[lanes * _d];
        _logits = new float[lanes * _a];
        _masks = new float[lanes * _a];
        _choices = new int[decoder.Heads.Length];
        _input = zeros(lanes, _d);
        _frame = new float[encoder.Size];
        _fresh = new bool[lanes];
        _stacker = network.Shape.FrameStack > 1 ? new FrameStacker(lanes, encoder.Size, network.Shape.FrameStack) : null;
        _s = network.StateSize;
        _stateH = new float[lanes * _s];
        _stateC = new float[lanes * _s];
        BeginEpisodes();
    }

    /// <summary>Every lane starts an episode: its next observation fills its frame stack.</summary>
    public void BeginEpisodes() => Array.Fill(_fresh, true);

    public int Lanes { get; }

    /// <summary>Writes each lane's action; <paramref name="infos"/> (optional) may carry action masks.</summary>
    public void Act(ReadOnlySpan<TObs> observations, ReadOnlySpan<Info> infos, Span<TAction> actions, Rng? rng)
    {
        if (observations.Length != Lanes || actions.Length != Lanes)
        {
            throw new ArgumentException($"The policy plays {Lanes} lanes; got {observations.Length} observations and room for {actions.Length} actions.");
        }
        bool anyMask = false;
        for (int i = 0; i < Lanes; i++)
        {
            var row = _observations.AsSpan(i * _d, _d);
            if (_stacker is null)
            {
                _encoder.Encode(observations[i], row);
            }
            else
            {
                _encoder.Encode(observations[i], _frame);
                if (_fresh[i])
                {
                    _stacker.Reset(i, _frame);
                }
                else
                {
                    _stacker.Push(i, _frame);
                }
                _stacker.Write(i, row);
            }
            if (_fresh[i])
            {
                _stateH.AsSpan(i * _s, _s).Clear();
                _stateC.AsSpan(i * _s, _s).Clear();
            }
            _fresh[i] = false;
            anyMask |= ActionMasks.TryRead(infos.IsEmpty ? null : infos[i], observations[i], _masks.AsSpan(i * _a, _a));
        }
        _normalizer?.Apply(_observations, Lanes, update: false);
        _observations.AsSpan().CopyTo(MemoryMarshal.Cast<byte, float>(_input.bytes));
        using (no_grad())
        using (NewDisposeScope())
        {
            if (_s == 0)
            {
                var (logits, _) = _network.forward(_input);
                TensorData.CopyTo(logits, _logits);
            }
            else
            {
                var (logits, _, h, c) = _network.Step(_input, TensorData.FromFloats(_stateH, Lanes, _s), TensorData.FromFloats(_stateC, Lanes, _s));
                TensorData.CopyTo(logits, _logits);
                TensorData.CopyTo(h, _stateH);
                TensorData.CopyTo(c, _stateC);
            }
        }
        for (int i = 0; i < Lanes; i++)
        {
            int offset = 0;
            for (int h = 0; h < _choices.Length; h++)
            {
                int n = _decoder.Heads[h];
                var mask = anyMask ? _masks.AsSpan(i * _a + offset, n) : default;
                _choices[h] = CategoricalChoice.Choose(_logits.AsSpan(i * _a + offset, n), mask, rng, out _);
                offset += n;
            }
            _decoder.Write(_choices, ref actions[i]);
        }
    }

    public void Dispose()
    {
        _input.Dispose();
        if (_ownsNetwork)
        {
            _network.Dispose();
        }
    }
}
