using System.Runtime.InteropServices;
using RlGym.Core.Random;
using RlGym.Envs.CatMouse;
using RlGym.Torch;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// The learning half of DAgger-style imitation for one <see cref="LstmBrain"/>: the games its student played join the
/// aggregated set, then one Adam step on the cross-entropy between the brain's logits and the teacher's directions over
/// those new games and games drawn from the set. Used by <see cref="LstmImitationTrainer"/> and, once per role, by
/// <see cref="LstmDuelTrainer"/>. <see cref="WriteState"/> and <see cref="ReadState"/> keep Adam's state (step count
/// and both moments of every parameter) and the aggregated games in a training checkpoint, so a resumed run takes the
/// very steps the uninterrupted one would have.
/// </summary>
internal sealed class LstmLearner : IDisposable
{
    private readonly LstmTrainingOptions _options;
    private readonly GameAggregate _aggregate;
    private readonly Adam _optimizer;
    private readonly Parameter[] _parameters;
    private readonly float[] _batchInputs;
    private readonly long[] _batchLabels;

    public LstmLearner(LstmBrain brain, LstmTrainingOptions options)
    {
        Brain = brain;
        _options = options;
        _aggregate = new GameAggregate(options.AggregateCapacity, options.GameLength);
        _parameters = [.. brain.Network.parameters()];
        _optimizer = optim.Adam(_parameters, options.LearningRate);
        _batchInputs = new float[options.TrainingGamesPerBatch * options.GameLength * CatMouseObservation.Length];
        _batchLabels = new long[options.TrainingGamesPerBatch * options.GameLength];
    }

    public LstmBrain Brain { get; }

    /// <summary>Aggregates the new games ([game, move, 4] inputs, [game, move] labels) and takes one Adam step; returns the loss.</summary>
    public double Learn(ReadOnlySpan<float> inputs, ReadOnlySpan<long> labels, Rng rng, double learningRate)
    {
        var o = _options;
        int fresh = o.GamesPerBatch, games = o.TrainingGamesPerBatch, moves = o.GameLength, features = CatMouseObservation.Length;
        _aggregate.Add(inputs, labels, fresh);
        inputs.CopyTo(_batchInputs);
        labels.CopyTo(_batchLabels);
        _aggregate.Sample(rng, games - fresh, _batchInputs.AsSpan(fresh * moves * features), _batchLabels.AsSpan(fresh * moves));
        using var scope = torch.NewDisposeScope();
        var batch = TensorData.FromFloats(_batchInputs, games, moves, features);
        var targets = TensorData.FromInt64s(_batchLabels, (long)games * moves);
        var logits = Brain.Network.forward(batch).reshape(-1, LstmNetwork.Directions);
        var loss = nn.functional.cross_entropy(logits, targets, ignore_index: GameAggregate.Ignored);
        foreach (var group in _optimizer.ParamGroups)
        {
            group.LearningRate = learningRate;
        }
        _optimizer.zero_grad();
        loss.backward();
        nn.utils.clip_grad_norm_(_parameters, 1.0);
        AdamStep.Apply(_optimizer);
        return loss.item<float>();
    }

    /// <summary>Writes Adam's state (TorchSharp's own format) and the aggregated games.</summary>
    public void WriteState(BinaryWriter writer)
    {
        _optimizer.save_state_dict(writer);
        _aggregate.Write(writer);
    }

    /// <summary>Restores what <see cref="WriteState"/> wrote; the brain's weights must already be loaded.</summary>
    /// <exception cref="InvalidDataException">When the stored state does not fit this learner; the message names <paramref name="source"/>.</exception>
    public void ReadState(BinaryReader reader, string source)
    {
        try
        {
            _optimizer.load_state_dict(reader);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ExternalException)
        {
            throw new InvalidDataException($"'{source}' holds an optimiser state that does not fit this brain: {e.Message}", e);
        }
        _aggregate.Read(reader, source);
    }

    public void Dispose() => _optimizer.Dispose();
}
