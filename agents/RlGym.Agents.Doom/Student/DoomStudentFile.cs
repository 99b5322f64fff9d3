using RlGym.Core;
using RlGym.Core.Checkpoints;
using RlGym.Torch;

namespace RlGym.Agents.Doom.Student;

/// <summary>
/// Saves and loads <see cref="DoomStudent"/>s as RlGym checkpoint files (<see cref="CheckpointFile"/>: atomic write,
/// checksum) of kind <c>doom-student</c>. Payload: a payload version, the shape (scenario id, actions, width, height,
/// stack, frame skip), the rounds trained, then the network's state (<see cref="ModuleState"/>).
/// </summary>
public static class DoomStudentFile
{
    /// <summary>The checkpoint kind.</summary>
    public const string Kind = "doom-student";

    private const int PayloadVersion = 1;

    /// <summary>Writes <paramref name="student"/> to <paramref name="path"/>, replacing any file there atomically.</summary>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public static void Save(string path, DoomStudent student)
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
        });
    }

    /// <summary>Reads the student saved at <paramref name="path"/>.</summary>
    /// <exception cref="UserInputException">When the file is missing, or the file is not an intact <c>doom-student</c> checkpoint; the message names the path.</exception>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public static DoomStudent Load(string path) => CheckpointFile.Read(path, Kind, reader =>
    {
        int version = reader.ReadInt32();
        if (version != PayloadVersion)
        {
            throw new InvalidDataException($"Checkpoint '{path}' holds a '{Kind}' payload of version {version}; this RlGym reads version {PayloadVersion}.");
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
        return student;
    });
}
