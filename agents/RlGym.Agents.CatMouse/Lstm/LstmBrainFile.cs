using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core.Checkpoints;
using RlGym.Torch;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// Saves and loads <see cref="LstmBrain"/>s as RlGym checkpoint files (<see cref="CheckpointFile"/>: atomic write,
/// checksum) of kind <c>lstm-brain</c>. Payload: a payload version, the role ("mouse" or "cat"), hidden units, grid
/// width and height, games trained, then the network's state (<see cref="ModuleState"/>: every parameter by name, shape
/// and float32 values).
/// </summary>
public static class LstmBrainFile
{
    /// <summary>The checkpoint kind.</summary>
    public const string Kind = "lstm-brain";

    private const int PayloadVersion = 1;

    /// <summary>Writes <paramref name="brain"/> to <paramref name="path"/>, replacing any file there atomically.</summary>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public static void Save(string path, LstmBrain brain)
    {
        ArgumentNullException.ThrowIfNull(brain);
        CheckpointFile.Write(path, Kind, writer =>
        {
            writer.Write(PayloadVersion);
            writer.Write(BrainRoles.Name(brain.Role));
            writer.Write(brain.Hidden);
            writer.Write(brain.Width);
            writer.Write(brain.Height);
            writer.Write(brain.GamesTrained);
            ModuleState.Write(writer, brain.Network);
        });
    }

    /// <summary>Reads the brain saved at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">When there is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">When the file is not an intact <c>lstm-brain</c> checkpoint; the message names the path.</exception>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public static LstmBrain Load(string path) => CheckpointFile.Read(path, Kind, reader =>
    {
        var role = BrainRoles.ReadHeader(reader, path, Kind, PayloadVersion);
        int hidden = reader.ReadInt32();
        int width = reader.ReadInt32();
        int height = reader.ReadInt32();
        long games = reader.ReadInt64();
        if (hidden is < 1 or > LstmBrain.MaxHidden || width < 2 || height < 2 || games < 0)
        {
            throw new InvalidDataException($"Checkpoint '{path}' describes an impossible brain (hidden {hidden}, grid {width}x{height}, {games} games).");
        }
        var brain = new LstmBrain(role, hidden, width, height, games);
        try
        {
            ModuleState.Read(reader, brain.Network, path);
        }
        catch
        {
            brain.Dispose();
            throw;
        }
        return brain;
    });
}
