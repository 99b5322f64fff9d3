using RlGym.Agents.CatMouse.Agents;
using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Imitation;
using RlGym.Core;
using RlGym.Core.Checkpoints;

namespace RlGym.Agents.CatMouse.Elman;

/// <summary>
/// The Elman brain's checkpoint file (kind <c>elman-brain</c>, written atomically and checksummed by
/// <see cref="CheckpointFile"/>). Payload: a payload version, the role the brain plays ("mouse" or "cat"), hidden units,
/// the learning rate, the input (4 x hidden), recurrent (hidden x hidden) and output (hidden) weights, each as a count
/// and that many doubles, row-major as <see cref="ElmanNetwork"/> exposes them; then, when saved from a trainer,
/// everything needed to resume training exactly where it stopped (settings, games, smoothed error, generator state).
/// </summary>
public static class ElmanCheckpoint
{
    /// <summary>The checkpoint kind.</summary>
    public const string Kind = "elman-brain";

    /// <summary>The largest hidden size accepted when reading (a guard against absurd allocations from a damaged file).</summary>
    public const int MaxHidden = 4096;

    private const int PayloadVersion = 1;

    /// <summary>Saves a trainer with its network (the seed's trainer teaches the mouse).</summary>
    public static void Save(string path, ElmanImitationTrainer trainer)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        CheckpointFile.Write(path, Kind, writer =>
        {
            WriteNetwork(writer, trainer.Network, BrainRole.Mouse);
            writer.Write(true);
            var o = trainer.Options;
            writer.Write(o.Seed);
            writer.Write((int)o.Random);
            writer.Write(o.Width);
            writer.Write(o.Height);
            writer.Write(o.GameLength);
            writer.Write(o.Target);
            writer.Write(trainer.Games);
            writer.Write(trainer.SmoothedError);
            trainer.Random.Save(writer);
        });
    }

    /// <summary>Saves a network alone (no training state), for the piece it plays.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="role"/> is not a role.</exception>
    public static void Save(string path, ElmanNetwork network, BrainRole role = BrainRole.Mouse)
    {
        ArgumentNullException.ThrowIfNull(network);
        BrainRoles.Name(role);
        CheckpointFile.Write(path, Kind, writer =>
        {
            WriteNetwork(writer, network, role);
            writer.Write(false);
        });
    }

    /// <summary>Loads the brain of a checkpoint (for acting): the network and the role it plays.</summary>
    /// <exception cref="UserInputException">When the file is missing, or it is not an intact Elman checkpoint; the message names the path.</exception>
    public static ElmanBrain LoadBrain(string path) => CheckpointFile.Read(path, Kind, reader => ReadBrain(reader, path));

    /// <summary>The grid a training run's checkpoint was trained on; null for a network saved on its own (no training state).</summary>
    /// <exception cref="FileNotFoundException">When the file does not exist.</exception>
    /// <exception cref="InvalidDataException">When it is not an intact Elman checkpoint; the message names the path.</exception>
    public static (int Width, int Height)? TrainedGrid(string path) => CheckpointFile.Read<(int, int)?>(path, Kind, reader =>
    {
        ReadBrain(reader, path);
        if (!reader.ReadBoolean())
        {
            return null;
        }
        reader.ReadUInt64();
        reader.ReadInt32();
        return (reader.ReadInt32(), reader.ReadInt32());
    });

    /// <summary>Loads a trainer to resume; <paramref name="target"/> may replace the saved stop rule.</summary>
    /// <exception cref="UserInputException">When the file is missing, or it is not an intact Elman checkpoint or holds no training state.</exception>
    public static ElmanImitationTrainer LoadTrainer(string path, double? target = null) => CheckpointFile.Read(path, Kind, reader =>
    {
        var network = ReadBrain(reader, path).Network;
        if (!reader.ReadBoolean())
        {
            throw new InvalidDataException($"Checkpoint '{path}' holds a network without training state; it cannot be resumed.");
        }
        var options = new ElmanTrainingOptions
        {
            Hidden = network.Hidden,
            LearningRate = network.LearningRate,
            Seed = reader.ReadUInt64(),
            Random = (StartCellSource)reader.ReadInt32(),
            Width = reader.ReadInt32(),
            Height = reader.ReadInt32(),
            GameLength = reader.ReadInt32(),
            Target = reader.ReadDouble(),
        };
        if (target is double t)
        {
            options = options with { Target = t };
        }
        var trainer = new ElmanImitationTrainer(options);
        network.InputWeights.CopyTo(trainer.Network.InputWeights);
        network.RecurrentWeights.CopyTo(trainer.Network.RecurrentWeights);
        network.OutputWeights.CopyTo(trainer.Network.OutputWeights);
        trainer.Network.WeightsChanged();
        trainer.Restore(reader.ReadInt64(), reader.ReadDouble());
        trainer.Random.Load(reader);
        return trainer;
    });

    private static void WriteNetwork(BinaryWriter writer, ElmanNetwork network, BrainRole role)
    {
        writer.Write(PayloadVersion);
        writer.Write(BrainRoles.Name(role));
        writer.Write(network.Hidden);
        writer.Write(network.LearningRate);
        WriteArray(writer, network.InputWeights);
        WriteArray(writer, network.RecurrentWeights);
        WriteArray(writer, network.OutputWeights);
    }

    private static ElmanBrain ReadBrain(BinaryReader reader, string path)
    {
        var role = BrainRoles.ReadHeader(reader, path, Kind, PayloadVersion);
        int hidden = reader.ReadInt32();
        double learningRate = reader.ReadDouble();
        if (hidden is < 1 or > MaxHidden || !double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new InvalidDataException($"Checkpoint '{path}' describes an impossible Elman network (hidden {hidden}, learning rate {learningRate}).");
        }
        var network = new ElmanNetwork(hidden, learningRate);
        ReadArray(reader, network.InputWeights, path);
        ReadArray(reader, network.RecurrentWeights, path);
        ReadArray(reader, network.OutputWeights, path);
        network.WeightsChanged();
        return new ElmanBrain(network, role);
    }

    private static void WriteArray(BinaryWriter writer, ReadOnlySpan<double> values)
    {
        writer.Write(values.Length);
        foreach (double v in values)
        {
            writer.Write(v);
        }
    }

    private static void ReadArray(BinaryReader reader, Span<double> destination, string path)
    {
        int length = reader.ReadInt32();
        if (length != destination.Length)
        {
            throw new InvalidDataException($"Checkpoint '{path}' has a weight matrix of {length} values where {destination.Length} were expected.");
        }
        for (int i = 0; i < length; i++)
        {
            destination[i] = reader.ReadDouble();
        }
    }
}
