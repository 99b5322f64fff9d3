using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core;
using RlGym.Core.Checkpoints;
using RlGym.Torch;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// Saves and loads <see cref="LstmBrain"/>s as RlGym checkpoint files (<see cref="CheckpointFile"/>: atomic write,
/// checksum). Kind <c>lstm-brain</c> holds one brain: a payload version, the role ("mouse" or "cat"), hidden units, grid
/// width and height, games trained, then the network's state (<see cref="ModuleState"/>: every parameter by name, shape
/// and float32 values). Kind <c>lstm-duel</c> (co-training, <see cref="LstmDuelTrainer"/>) holds a payload version and
/// then the cat's and the mouse's brains laid out the same way, so both are saved in one atomic write and the file
/// seats either brain (<see cref="Load(string, BrainRole)"/>).
/// </summary>
public static class LstmBrainFile
{
    /// <summary>The kind of a one-brain checkpoint.</summary>
    public const string Kind = "lstm-brain";

    /// <summary>The kind of a duel checkpoint (a cat brain and a mouse brain).</summary>
    public const string DuelKind = "lstm-duel";

    private const int PayloadVersion = 1;

    /// <summary>Writes <paramref name="brain"/> to <paramref name="path"/>, replacing any file there atomically.</summary>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public static void Save(string path, LstmBrain brain)
    {
        ArgumentNullException.ThrowIfNull(brain);
        CheckpointFile.Write(path, Kind, writer =>
        {
            writer.Write(PayloadVersion);
            WriteBrain(writer, brain);
        });
    }

    /// <summary>Writes a duel's two brains to <paramref name="path"/> in one atomic write.</summary>
    /// <exception cref="ArgumentException">When <paramref name="cat"/> is not a cat brain or <paramref name="mouse"/> not a mouse brain.</exception>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public static void SaveDuel(string path, LstmBrain cat, LstmBrain mouse)
    {
        ArgumentNullException.ThrowIfNull(cat);
        ArgumentNullException.ThrowIfNull(mouse);
        if (cat.Role != BrainRole.Cat || mouse.Role != BrainRole.Mouse)
        {
            throw new ArgumentException($"A duel checkpoint holds a cat brain and a mouse brain; got a {cat} and a {mouse}.");
        }
        CheckpointFile.Write(path, DuelKind, writer =>
        {
            writer.Write(PayloadVersion);
            WriteBrain(writer, cat);
            WriteBrain(writer, mouse);
        });
    }

    /// <summary>Reads the brain saved at <paramref name="path"/> (an <c>lstm-brain</c> checkpoint).</summary>
    /// <exception cref="UserInputException">When the file is missing, or the file is not an intact <c>lstm-brain</c> checkpoint; the message names the path.</exception>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public static LstmBrain Load(string path) => CheckpointFile.Read(path, Kind, reader =>
    {
        RequireVersion(reader, path, Kind);
        return ReadBrain(reader, path, Kind);
    });

    /// <summary>
    /// Reads the brain for <paramref name="role"/>: the one brain of an <c>lstm-brain</c> checkpoint (whatever its role: the
    /// caller checks it) or the brain of that role from an <c>lstm-duel</c> checkpoint.
    /// </summary>
    /// <exception cref="UserInputException">When the file is missing, or the file is not an intact brain or duel checkpoint; the message names the path.</exception>
    public static LstmBrain Load(string path, BrainRole role)
    {
        string kind = CheckpointFile.Kind(path);
        if (kind != DuelKind)
        {
            return Load(path);
        }
        var (cat, mouse) = LoadDuel(path);
        if (role == BrainRole.Cat)
        {
            mouse.Dispose();
            return cat;
        }
        cat.Dispose();
        return mouse;
    }

    /// <summary>Reads both brains of an <c>lstm-duel</c> checkpoint.</summary>
    /// <exception cref="UserInputException">When the file is missing, or the file is not an intact duel checkpoint; the message names the path.</exception>
    public static (LstmBrain Cat, LstmBrain Mouse) LoadDuel(string path) => CheckpointFile.Read(path, DuelKind, reader =>
    {
        RequireVersion(reader, path, DuelKind);
        var cat = ReadBrain(reader, path, DuelKind);
        try
        {
            var mouse = ReadBrain(reader, path, DuelKind);
            if (cat.Role != BrainRole.Cat || mouse.Role != BrainRole.Mouse)
            {
                mouse.Dispose();
                throw new InvalidDataException($"Duel checkpoint '{path}' holds a {cat} and a {mouse}; expected a cat brain, then a mouse brain.");
            }
            return (cat, mouse);
        }
        catch
        {
            cat.Dispose();
            throw;
        }
    });

    private static void WriteBrain(BinaryWriter writer, LstmBrain brain)
    {
        writer.Write(BrainRoles.Name(brain.Role));
        writer.Write(brain.Hidden);
        writer.Write(brain.Width);
        writer.Write(brain.Height);
        writer.Write(brain.GamesTrained);
        ModuleState.Write(writer, brain.Network);
    }

    private static void RequireVersion(BinaryReader reader, string path, string kind)
    {
        int version = reader.ReadInt32();
        if (version != PayloadVersion)
        {
            throw new InvalidDataException($"Checkpoint '{path}' holds a '{kind}' payload of version {version}; this RlGym reads version {PayloadVersion}.");
        }
    }

    private static LstmBrain ReadBrain(BinaryReader reader, string path, string kind)
    {
        var role = BrainRoles.ReadRole(reader, path);
        int hidden = reader.ReadInt32();
        int width = reader.ReadInt32();
        int height = reader.ReadInt32();
        long games = reader.ReadInt64();
        if (hidden is < 1 or > LstmBrain.MaxHidden || width < 2 || height < 2 || games < 0)
        {
            throw new InvalidDataException($"Checkpoint '{path}' ({kind}) describes an impossible brain (hidden {hidden}, grid {width}x{height}, {games} games).");
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
    }
}
