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
/// <para>
/// Payload version 2 ends with a flag and, when a trainer wrote the file, the training state that lets
/// <see cref="LstmImitationTrainer.Resume"/> and <see cref="LstmDuelTrainer.Resume"/> continue the run exactly (Adam's
/// state, the aggregated games, the generator and the smoothed figures). Brains of version 1 (no training state) still
/// load and play; a run cannot be resumed from them.
/// </para>
/// </summary>
public static class LstmBrainFile
{
    /// <summary>The kind of a one-brain checkpoint.</summary>
    public const string Kind = "lstm-brain";

    /// <summary>The kind of a duel checkpoint (a cat brain and a mouse brain).</summary>
    public const string DuelKind = "lstm-duel";

    private const int PayloadVersion = 2;
    private const int FirstVersion = 1;

    /// <summary>Writes <paramref name="brain"/> to <paramref name="path"/>, replacing any file there atomically.</summary>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public static void Save(string path, LstmBrain brain)
    {
        ArgumentNullException.ThrowIfNull(brain);
        CheckpointFile.Write(path, Kind, writer =>
        {
            writer.Write(PayloadVersion);
            WriteBrain(writer, brain);
            writer.Write(false);
        });
    }

    /// <summary>Writes a trainer's brain followed by its training state, atomically.</summary>
    internal static void SaveTraining(string path, LstmBrain brain, Action<BinaryWriter> writeState) =>
        CheckpointFile.Write(path, Kind, writer =>
        {
            writer.Write(PayloadVersion);
            WriteBrain(writer, brain);
            writer.Write(true);
            writeState(writer);
        });

    /// <summary>Writes a duel trainer's two brains followed by its training state, atomically.</summary>
    internal static void SaveDuelTraining(string path, LstmBrain cat, LstmBrain mouse, Action<BinaryWriter> writeState) =>
        CheckpointFile.Write(path, DuelKind, writer =>
        {
            writer.Write(PayloadVersion);
            WriteBrain(writer, cat);
            WriteBrain(writer, mouse);
            writer.Write(true);
            writeState(writer);
        });

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
            writer.Write(false);
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

    /// <summary>The grid the brain (or the duel's brains) at <paramref name="path"/> was trained on, without loading a network.</summary>
    /// <exception cref="FileNotFoundException">When there is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">When the file is not an intact brain or duel checkpoint; the message names the path.</exception>
    public static (int Width, int Height) ReadGrid(string path)
    {
        string kind = CheckpointFile.Kind(path) == DuelKind ? DuelKind : Kind;
        return CheckpointFile.Read(path, kind, reader =>
        {
            RequireVersion(reader, path, kind);
            BrainRoles.ReadRole(reader, path);
            reader.ReadInt32();
            return (reader.ReadInt32(), reader.ReadInt32());
        });
    }

    /// <summary>Reads both brains of an <c>lstm-duel</c> checkpoint.</summary>
    /// <exception cref="UserInputException">When the file is missing, or the file is not an intact duel checkpoint; the message names the path.</exception>
    public static (LstmBrain Cat, LstmBrain Mouse) LoadDuel(string path) => CheckpointFile.Read(path, DuelKind, reader =>
    {
        RequireVersion(reader, path, DuelKind);
        return ReadDuel(reader, path);
    });

    /// <summary>
    /// Reads a trainer's brain and hands it, with the reader positioned at the training state, to <paramref name="resume"/>
    /// (which owns the brain from then on).
    /// </summary>
    /// <exception cref="InvalidDataException">When the file holds no training state (a brain saved on its own or by an earlier RlGym).</exception>
    internal static T LoadTraining<T>(string path, Func<LstmBrain, BinaryReader, T> resume) => CheckpointFile.Read(path, Kind, reader =>
    {
        int version = RequireVersion(reader, path, Kind);
        var brain = ReadBrain(reader, path, Kind);
        if (!HasTrainingState(reader, version))
        {
            brain.Dispose();
            throw NoTrainingState(path);
        }
        return resume(brain, reader);
    });

    /// <summary>As <see cref="LoadTraining"/>, for a duel trainer's two brains.</summary>
    internal static T LoadDuelTraining<T>(string path, Func<LstmBrain, LstmBrain, BinaryReader, T> resume) => CheckpointFile.Read(path, DuelKind, reader =>
    {
        int version = RequireVersion(reader, path, DuelKind);
        var (cat, mouse) = ReadDuel(reader, path);
        if (!HasTrainingState(reader, version))
        {
            cat.Dispose();
            mouse.Dispose();
            throw NoTrainingState(path);
        }
        return resume(cat, mouse, reader);
    });

    private static bool HasTrainingState(BinaryReader reader, int version) => version >= PayloadVersion && reader.ReadBoolean();

    private static InvalidDataException NoTrainingState(string path) => new(
        $"Checkpoint '{path}' holds a brain but no training state (optimiser, aggregated games), so its run cannot be resumed exactly; " +
        "it still plays (--agent lstm:PATH). Start a new run, or train it further in a new --out.");

    private static (LstmBrain Cat, LstmBrain Mouse) ReadDuel(BinaryReader reader, string path)
    {
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
    }

    private static void WriteBrain(BinaryWriter writer, LstmBrain brain)
    {
        writer.Write(BrainRoles.Name(brain.Role));
        writer.Write(brain.Hidden);
        writer.Write(brain.Width);
        writer.Write(brain.Height);
        writer.Write(brain.GamesTrained);
        ModuleState.Write(writer, brain.Network);
    }

    private static int RequireVersion(BinaryReader reader, string path, string kind)
    {
        int version = reader.ReadInt32();
        if (version is < FirstVersion or > PayloadVersion)
        {
            throw new InvalidDataException($"Checkpoint '{path}' holds a '{kind}' payload of version {version}; this RlGym reads versions {FirstVersion} to {PayloadVersion}.");
        }
        return version;
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
