using RlGym.Agents.CatMouse.Imitation;
using RlGym.Core.Checkpoints;

namespace RlGym.Agents.CatMouse.Elman;

/// <summary>
/// The Elman brain's checkpoint file (kind <c>elman-brain</c>, written atomically by <see cref="CheckpointFile"/>): the
/// network (hidden size, learning rate, the three weight matrices) and, when saved from a trainer, everything needed to
/// resume training exactly where it stopped (settings, games, smoothed error, generator state).
/// </summary>
public static class ElmanCheckpoint
{
    /// <summary>The checkpoint kind.</summary>
    public const string Kind = "elman-brain";

    /// <summary>Saves a trainer with its network.</summary>
    public static void Save(string path, ElmanImitationTrainer trainer)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        CheckpointFile.Write(path, Kind, writer =>
        {
            WriteNetwork(writer, trainer.Network);
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

    /// <summary>Saves a network alone (no training state).</summary>
    public static void Save(string path, ElmanNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        CheckpointFile.Write(path, Kind, writer =>
        {
            WriteNetwork(writer, network);
            writer.Write(false);
        });
    }

    /// <summary>Loads the network of a checkpoint (for acting).</summary>
    /// <exception cref="FileNotFoundException">When the file does not exist.</exception>
    /// <exception cref="InvalidDataException">When it is not an intact Elman checkpoint.</exception>
    public static ElmanNetwork LoadNetwork(string path) => CheckpointFile.Read(path, Kind, reader => ReadNetwork(reader, path));

    /// <summary>Loads a trainer to resume; <paramref name="target"/> may replace the saved stop rule.</summary>
    /// <exception cref="FileNotFoundException">When the file does not exist.</exception>
    /// <exception cref="InvalidDataException">When it is not an intact Elman checkpoint or holds no training state.</exception>
    public static ElmanImitationTrainer LoadTrainer(string path, double? target = null) => CheckpointFile.Read(path, Kind, reader =>
    {
        var network = ReadNetwork(reader, path);
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

    private static void WriteNetwork(BinaryWriter writer, ElmanNetwork network)
    {
        writer.Write(network.Hidden);
        writer.Write(network.LearningRate);
        WriteArray(writer, network.InputWeights);
        WriteArray(writer, network.RecurrentWeights);
        WriteArray(writer, network.OutputWeights);
    }

    private static ElmanNetwork ReadNetwork(BinaryReader reader, string path)
    {
        int hidden = reader.ReadInt32();
        double learningRate = reader.ReadDouble();
        if (hidden <= 0 || hidden > 1 << 14 || !double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new InvalidDataException($"Checkpoint '{path}' has an impossible network (hidden {hidden}, learning rate {learningRate}).");
        }
        var network = new ElmanNetwork(hidden, learningRate);
        ReadArray(reader, network.InputWeights, path);
        ReadArray(reader, network.RecurrentWeights, path);
        ReadArray(reader, network.OutputWeights, path);
        network.WeightsChanged();
        return network;
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
