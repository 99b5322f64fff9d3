using RlGym.Agents.Doom.Student;
using RlGym.Core;

namespace RlGym.Agents.Doom.Tests.Student;

public sealed class DoomStudentFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-doom-student-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_loaded_student_has_the_same_shape_rounds_and_actions()
    {
        string path = Path.Combine(_folder, "student.ckpt");
        var inputs = Frames.Random(Frames.Tiny.InputSize * 200, 9);
        using var saved = new DoomStudent(Frames.Tiny, 4) { Rounds = 3 };
        DoomStudentFile.Save(path, saved);
        using var loaded = DoomStudentFile.Load(path);
        Assert.Equal(Frames.Tiny, loaded.Shape);
        Assert.Equal(3, loaded.Rounds);
        Assert.Equal(Frames.Decide(saved, inputs), Frames.Decide(loaded, inputs));
        Assert.Equal(Frames.Logits(saved, inputs), Frames.Logits(loaded, inputs));
    }

    [Fact]
    public void A_changed_byte_is_reported_as_corrupt_naming_the_file()
    {
        string path = Path.Combine(_folder, "student.ckpt");
        using (var student = new DoomStudent(Frames.Tiny, 4))
        {
            DoomStudentFile.Save(path, student);
        }
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<UserInputException>(() => DoomStudentFile.Load(path));
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_checkpoint_or_missing_is_refused()
    {
        string text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, "not a student at all, just some words");
        Assert.Contains("not an RlGym checkpoint", Assert.Throws<UserInputException>(() => DoomStudentFile.Load(text)).Message, StringComparison.Ordinal);
        Assert.Throws<UserInputException>(() => DoomStudentFile.Load(Path.Combine(_folder, "missing.ckpt")));
    }
}
