using RlGym.Agents.CatMouse.Agents;
using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Tests.Evaluation;
using RlGym.Core;

namespace RlGym.Agents.CatMouse.Tests.Elman;

public sealed class ElmanCheckpointBrainTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-elman-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Weights_role_and_settings_round_trip_bit_for_bit()
    {
        var network = ElmanPolicyTests.Seeded(5);
        string path = Path.Combine(_folder, "brain.ckpt");
        ElmanCheckpoint.Save(path, network, BrainRole.Cat);
        var loaded = ElmanCheckpoint.LoadBrain(path);
        Assert.Equal(BrainRole.Cat, loaded.Role);
        Assert.Equal(network.Hidden, loaded.Network.Hidden);
        Assert.Equal(network.LearningRate, loaded.Network.LearningRate);
        Assert.Equal(network.InputWeights.ToArray(), loaded.Network.InputWeights.ToArray());
        Assert.Equal(network.RecurrentWeights.ToArray(), loaded.Network.RecurrentWeights.ToArray());
        Assert.Equal(network.OutputWeights.ToArray(), loaded.Network.OutputWeights.ToArray());
    }

    [Fact]
    public void A_loaded_brain_plays_every_game_as_the_saved_one()
    {
        var network = ElmanPolicyTests.Seeded(6);
        string path = Path.Combine(_folder, "brain.ckpt");
        ElmanCheckpoint.Save(path, network);
        var loaded = ElmanCheckpoint.LoadBrain(path);
        Assert.Equal(BrainRole.Mouse, loaded.Role);
        var set = EvaluationSet.Standard(BrainRole.Mouse);
        Assert.Equal(MistakeEvaluator.Evaluate(new ElmanPolicy(network), set), MistakeEvaluator.Evaluate(new ElmanPolicy(loaded.Network), set));
    }

    [Fact]
    public void Missing_damaged_and_foreign_files_are_refused_naming_the_path()
    {
        string missing = Path.Combine(_folder, "missing.ckpt");
        Assert.Contains(missing, Assert.Throws<UserInputException>(() => ElmanCheckpoint.LoadBrain(missing)).Message, StringComparison.Ordinal);

        string damaged = Path.Combine(_folder, "damaged.ckpt");
        ElmanCheckpoint.Save(damaged, ElmanPolicyTests.Seeded(7));
        byte[] bytes = File.ReadAllBytes(damaged);
        bytes[^20] ^= 0x01;
        File.WriteAllBytes(damaged, bytes);
        Assert.Contains(damaged, Assert.Throws<UserInputException>(() => ElmanCheckpoint.LoadBrain(damaged)).Message, StringComparison.Ordinal);

        string text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, "not a checkpoint");
        Assert.Contains(text, Assert.Throws<UserInputException>(() => ElmanCheckpoint.LoadBrain(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_role_is_refused_when_saving()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ElmanCheckpoint.Save(Path.Combine(_folder, "x.ckpt"), new ElmanNetwork(2), (BrainRole)9));
    }
}
