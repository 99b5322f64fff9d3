using RlGym.Core;
using RlGym.Core.Checkpoints;

namespace RlGym.Core.Tests.Checkpoints;

public sealed class CheckpointFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rlgym-ckpt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Round_trips_the_payload_and_leaves_no_temporary_file()
    {
        string path = Path.Combine(_dir, "brain.ckpt");
        CheckpointFile.Write(path, "test-brain", w => { w.Write(42); w.Write(1.5); });
        var (a, b) = CheckpointFile.Read(path, "test-brain", r => (r.ReadInt32(), r.ReadDouble()));
        Assert.Equal((42, 1.5), (a, b));
        Assert.Equal(["brain.ckpt"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void The_kind_of_a_file_can_be_read_before_its_payload()
    {
        string path = Path.Combine(_dir, "duel.ckpt");
        CheckpointFile.Write(path, "test-duel", w => w.Write(7));
        Assert.Equal("test-duel", CheckpointFile.Kind(path));
        File.WriteAllBytes(path, [.. File.ReadAllBytes(path)[..^1], 0]);
        Assert.Throws<UserInputException>(() => CheckpointFile.Kind(path));
    }

    [Fact]
    public void Corrupt_truncated_foreign_and_missing_files_are_named()
    {
        string path = Path.Combine(_dir, "brain.ckpt");
        CheckpointFile.Write(path, "test-brain", w => w.Write(new byte[64]));
        byte[] bytes = File.ReadAllBytes(path);
        bytes[20] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var corrupt = Assert.Throws<UserInputException>(() => CheckpointFile.Read(path, "test-brain", r => r.ReadInt32()));
        Assert.Contains(path, corrupt.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", corrupt.Message, StringComparison.Ordinal);

        File.WriteAllText(path, "hello");
        Assert.Contains("not an RlGym checkpoint", Assert.Throws<UserInputException>(() => CheckpointFile.Read(path, "test-brain", r => 0)).Message, StringComparison.Ordinal);

        CheckpointFile.Write(path, "other", w => w.Write(1));
        Assert.Contains("holds a checkpoint of kind 'other'", Assert.Throws<UserInputException>(() => CheckpointFile.Read(path, "test-brain", r => 0)).Message, StringComparison.Ordinal);

        CheckpointFile.Write(path, "test-brain", w => w.Write(1));
        Assert.Contains("ends early", Assert.Throws<UserInputException>(() => CheckpointFile.Read(path, "test-brain", r => r.ReadInt64())).Message, StringComparison.Ordinal);

        Assert.Throws<UserInputException>(() => CheckpointFile.Read(Path.Combine(_dir, "none.ckpt"), "test-brain", r => 0));
    }

    [Fact]
    public void A_failing_payload_writer_leaves_the_previous_checkpoint_intact()
    {
        string path = Path.Combine(_dir, "brain.ckpt");
        CheckpointFile.Write(path, "test-brain", w => w.Write(7));
        Assert.Throws<InvalidOperationException>(() => CheckpointFile.Write(path, "test-brain", _ => throw new InvalidOperationException("boom")));
        Assert.Equal(7, CheckpointFile.Read(path, "test-brain", r => r.ReadInt32()));
        Assert.Throws<DirectoryNotFoundException>(() => CheckpointFile.Write(Path.Combine(_dir, "missing", "x.ckpt"), "test-brain", w => w.Write(1)));
    }
}
