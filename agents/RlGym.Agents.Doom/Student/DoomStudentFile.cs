using RlGym.Core;
using RlGym.Core.Checkpoints;
using RlGym.Torch;

namespace RlGym.Agents.Doom.Student;

/// <summary>
/// Saves and loads <see cref="DoomStudent"/>s as RlGym checkpoint files (<see cref="CheckpointFile"/>: atomic write,
/// checksum) of kind <c>doom-student</c>. Payload: a payload version, the shape (scenario id, actions, width, height,
/// stack, frame skip), the rounds trained, then the network's state (<see cref="ModuleState"/>). Payload version 2 ends
/// with a flag and, in a training run's checkpoint, the search's state (<see cref="Gps.GuidedPolicySearch.Resume"/>:
/// Adam's state and the aggregate of labelled frames); version 1 students still load and play.
/// </summary>
public static class DoomStudentFile
{
    /// <summary>The checkpoint kind.</summary>
    public const string Kind = "doom-student";

    private const int PayloadVersion = 2;
    private const int FirstVersion = 1;

    /// <summary>Writes <paramref name="student"/> to <paramref name="path"/>, replacing any file there atomically.</summary>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public static void Save(string path, DoomStudent student) => Save(path, student, null);

    /// <summary>Writes a student followed by a search's training state (null: none), atomically.</summary>
    internal static void Save(string path, DoomStudent student, Action<BinaryWriter>? writeState)
    {
        ArgumentNullException.ThrowIfNull(student);
        CheckpointFile.Write(path, Kind, writer =>
        {
            var shape = student.Shape;
            writer.Write(PayloadVersion);
            writer.Write(shape.ScenarioId);
            writer.Write(shape.Actions);
            writer.Write(shape.Width);
            writer.Write(shape.Height);
            writer.Write(shape.Stack);
            writer.Write(shape.FrameSkip);
            writer.Write(student.Rounds);
            ModuleState.Write(writer, student.Network);
            writer.Write(writeState is not null);
            writeState?.Invoke(writer);
        });
    }

    /// <summary>Reads the student saved at <paramref name="path"/>.</summary>
    /// <exception cref="UserInputException">When the file is missing, or the file is not an intact <c>doom-student</c> checkpoint; the message names the path.</exception>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public static DoomStudent Load(string path) => CheckpointFile.Read(path, Kind, reader => ReadStudent(reader, path).Student);

    /// <summary>The shape of the student saved at <paramref name="path"/> (the scenario and the view it was trained in), without loading its network.</summary>
    /// <exception cref="FileNotFoundException">When there is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">When the file is not an intact <c>doom-student</c> checkpoint; the message names the path.</exception>
    public static DoomStudentShape ReadShape(string path) => CheckpointFile.Read(path, Kind, reader => ReadHeader(reader, path).Shape);

    /// <summary>
    /// Reads a training run's student and hands it, with the reader positioned at the search's state, to
    /// <paramref name="resume"/> (which owns the student from then on).
    /// </summary>
    /// <exception cref="InvalidDataException">When the file holds no training state (a student saved on its own or by an earlier RlGym).</exception>
    internal static T LoadTraining<T>(string path, Func<DoomStudent, BinaryReader, T> resume) => CheckpointFile.Read(path, Kind, reader =>
    {
        var (student, version) = ReadStudent(reader, path);
        if (version < PayloadVersion || !reader.ReadBoolean())
        {
            student.Dispose();
            throw new InvalidDataException(
                $"Checkpoint '{path}' holds a student but no training state (optimiser, aggregate of frames), so its run cannot be resumed exactly; " +
                "it still plays (--agent doom-student:PATH). Start a new run.");
        }
        return resume(student, reader);
    });

    private static (DoomStudent Student, int Version) ReadStudent(BinaryReader reader, string path)
    {
        var (shape, rounds, version) = ReadHeader(reader, path);
        var student = new DoomStudent(shape, rounds, seed: null);
        try
        {
            ModuleState.Read(reader, student.Network, path);
        }
        catch
        {
            student.Dispose();
            throw;
        }
        return (student, version);
    }

    private static (DoomStudentShape Shape, int Rounds, int Version) ReadHeader(BinaryReader reader, string path)
    {
        int version = reader.ReadInt32();
        if (version is < FirstVersion or > PayloadVersion)
        {
            throw new InvalidDataException($"Checkpoint '{path}' holds a '{Kind}' payload of version {version}; this RlGym reads versions {FirstVersion} to {PayloadVersion}.");
        }
        var shape = new DoomStudentShape(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        int rounds = reader.ReadInt32();
        try
        {
            shape.Validate();
            ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Checkpoint '{path}' describes an impossible student ({e.Message}; {rounds} rounds).", e);
        }
        return (shape, rounds, version);
    }
}
