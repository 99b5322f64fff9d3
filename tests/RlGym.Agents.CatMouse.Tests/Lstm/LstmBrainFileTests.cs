using RlGym.Agents.CatMouse.Agents;
using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Core;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Tests.Lstm;

[Collection(TrainedBrainsCollection.Name)]
public sealed class LstmBrainFileTests(TrainedBrains brains) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-lstm-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_loaded_brain_plays_exactly_as_the_trained_one_did()
    {
        using var loaded = LstmBrainFile.Load(brains.MousePath);
        Assert.Equal(BrainRole.Mouse, loaded.Role);
        Assert.Equal(LstmBrain.DefaultHidden, loaded.Hidden);
        Assert.Equal((6, 6), (loaded.Width, loaded.Height));
        Assert.Equal(TrainedBrains.MouseBatches * 128L, loaded.GamesTrained);
        using var policy = loaded.Play(1000);
        Assert.Equal(brains.MouseReport, MistakeEvaluator.Evaluate(policy, EvaluationSet.Standard(BrainRole.Mouse)));
    }

    [Fact]
    public void Saving_a_loaded_brain_again_keeps_every_move()
    {
        using var first = LstmBrainFile.Load(brains.CatPath);
        string again = Path.Combine(_folder, "again.ckpt");
        LstmBrainFile.Save(again, first);
        using var second = LstmBrainFile.Load(again);
        Assert.Equal(BrainRole.Cat, second.Role);
        Assert.Equal(Moves(first), Moves(second));
    }

    [Fact]
    public void A_brain_of_payload_version_1_still_loads_and_plays()
    {
        // Version 1 is version 2 without the training-state flag at the end.
        string saved = Path.Combine(_folder, "v2.ckpt"), old = Path.Combine(_folder, "v1.ckpt");
        using (var brain = LstmBrainFile.Load(brains.MousePath))
        {
            LstmBrainFile.Save(saved, brain);
        }
        byte[] payload = RlGym.Core.Checkpoints.CheckpointFile.Read(saved, LstmBrainFile.Kind, reader =>
        {
            using var rest = new MemoryStream();
            reader.BaseStream.CopyTo(rest);
            return rest.ToArray();
        });
        Assert.Equal(2, BitConverter.ToInt32(payload, 0));
        RlGym.Core.Checkpoints.CheckpointFile.Write(old, LstmBrainFile.Kind, writer =>
        {
            writer.Write(1);
            writer.Write(payload.AsSpan(4, payload.Length - 5));
        });

        using var loaded = LstmBrainFile.Load(old);
        using var policy = loaded.Play(1000);
        Assert.Equal(brains.MouseReport, MistakeEvaluator.Evaluate(policy, EvaluationSet.Standard(BrainRole.Mouse)));
        Assert.Throws<UserInputException>(() => LstmImitationTrainer.Resume(old, TrainedBrains.Options(BrainRole.Mouse)));
    }

    [Fact]
    public void A_missing_checkpoint_is_a_file_not_found_naming_the_path()
    {
        string path = Path.Combine(_folder, "nowhere.ckpt");
        var error = Assert.Throws<UserInputException>(() => LstmBrainFile.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_checkpoint_is_invalid_data_naming_the_path()
    {
        string flipped = Path.Combine(_folder, "flipped.ckpt");
        byte[] bytes = File.ReadAllBytes(brains.MousePath);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(flipped, bytes);
        Assert.Contains(flipped, Assert.Throws<UserInputException>(() => LstmBrainFile.Load(flipped)).Message, StringComparison.Ordinal);

        string cut = Path.Combine(_folder, "cut.ckpt");
        File.WriteAllBytes(cut, File.ReadAllBytes(brains.MousePath)[..100]);
        Assert.Contains(cut, Assert.Throws<UserInputException>(() => LstmBrainFile.Load(cut)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_elman_checkpoint_is_not_an_lstm_brain()
    {
        string path = Path.Combine(_folder, "elman.ckpt");
        RlGym.Agents.CatMouse.Elman.ElmanCheckpoint.Save(path, new RlGym.Agents.CatMouse.Elman.ElmanNetwork(4));
        var error = Assert.Throws<UserInputException>(() => LstmBrainFile.Load(path));
        Assert.Contains("holds a checkpoint of kind 'elman-brain'; expected kind 'lstm-brain'", error.Message, StringComparison.Ordinal);
    }

    private static List<Direction> Moves(LstmBrain brain)
    {
        var recorder = new RecordingPolicy(brain.Play(1000));
        MistakeEvaluator.Evaluate(recorder, EvaluationSet.Standard(brain.Role));
        return recorder.Moves;
    }

    private sealed class RecordingPolicy(LstmPolicy inner) : IDirectionPolicy
    {
        public List<Direction> Moves { get; } = [];

        public string Name => inner.Name;

        public int Parallelism => inner.Parallelism;

        public void BeginGames(int games) => inner.BeginGames(games);

        public void Decide(ReadOnlySpan<CatMouseState> states, Span<Direction> directions)
        {
            inner.Decide(states, directions);
            Moves.AddRange(directions.ToArray());
        }
    }
}
