using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core.Checkpoints;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>
/// Saves and loads the seed's Elman brain as RlGym checkpoint files (<see cref="CheckpointFile"/>: atomic write,
/// checksum) of kind <c>elman-brain</c>. Payload: a payload version, the role ("mouse" or "cat"), hidden units, the
/// learning rate, then the input (4 x hidden), recurrent (hidden x hidden) and output (hidden) weights, each as a count
/// and that many doubles, row-major as <see cref="ElmanNetwork"/> exposes them.
/// </summary>
public static class ElmanBrainFile
{
    /// <summary>The checkpoint kind.</summary>
    public const string Kind = "elman-brain";

    /// <summary>The largest hidden size accepted when reading (a guard against absurd allocations from a damaged file).</summary>
    public const int MaxHidden = 4096;

    private const int PayloadVersion = 1;

    /// <summary>Writes <paramref name="network"/>'s weights to <paramref name="path"/>, replacing any file there atomically.</summary>
    /// <param name="path">The checkpoint file.</param>
    /// <param name="network">The network to store.</param>
    /// <param name="role">The piece it was trained to move; the seed's trainer teaches the mouse.</param>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public static void Save(string path, ElmanNetwork network, BrainRole role = BrainRole.Mouse)
    {
        ArgumentNullException.ThrowIfNull(network);
        string roleName = BrainRoles.Name(role);
        double[] input = network.InputWeights.ToArray();
        double[] recurrent = network.RecurrentWeights.ToArray();
        double[] output = network.OutputWeights.ToArray();
        CheckpointFile.Write(path, Kind, writer =>
        {
            writer.Write(PayloadVersion);
            writer.Write(roleName);
            writer.Write(network.Hidden);
            writer.Write(network.LearningRate);
            WriteArray(writer, input);
            WriteArray(writer, recurrent);
            WriteArray(writer, output);
        });
    }

    /// <summary>Reads the brain saved at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">When there is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">When the file is not an intact <c>elman-brain</c> checkpoint; the message names the path.</exception>
    public static ElmanBrain Load(string path) => CheckpointFile.Read(path, Kind, reader =>
    {
        int version = reader.ReadInt32();
        if (version != PayloadVersion)
        {
            throw new InvalidDataException($"Checkpoint '{path}' holds an elman-brain of payload version {version}; this RlGym reads version {PayloadVersion}.");
        }
        string roleName = reader.ReadString();
        BrainRole role;
        try
        {
            role = BrainRoles.Parse(roleName);
        }
        catch (ArgumentException)
        {
            throw new InvalidDataException($"Checkpoint '{path}' names the role '{roleName}'; expected 'mouse' or 'cat'.");
        }
        int hidden = reader.ReadInt32();
        double learningRate = reader.ReadDouble();
        if (hidden is < 1 or > MaxHidden || !double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new InvalidDataException($"Checkpoint '{path}' describes an impossible Elman network (hidden {hidden}, learning rate {learningRate}).");
        }
        var network = new ElmanNetwork(hidden, learningRate);
        ReadArray(reader, network.InputWeights, path, "input");
        ReadArray(reader, network.RecurrentWeights, path, "recurrent");
        ReadArray(reader, network.OutputWeights, path, "output");
        network.WeightsChanged();
        return new ElmanBrain(network, role);
    });

    private static void WriteArray(BinaryWriter writer, double[] values)
    {
        writer.Write(values.Length);
        foreach (double value in values)
        {
            writer.Write(value);
        }
    }

    private static void ReadArray(BinaryReader reader, Span<double> target, string path, string name)
    {
        int count = reader.ReadInt32();
        if (count != target.Length)
        {
            throw new InvalidDataException($"Checkpoint '{path}' stores {count} {name} weights; its hidden size needs {target.Length}.");
        }
        for (int i = 0; i < count; i++)
        {
            double value = reader.ReadDouble();
            if (!double.IsFinite(value))
            {
                throw new InvalidDataException($"Checkpoint '{path}' stores a non-finite {name} weight.");
            }
            target[i] = value;
        }
    }
}
