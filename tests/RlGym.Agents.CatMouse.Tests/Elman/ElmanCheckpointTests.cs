using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Imitation;
using RlGym.Core;

namespace RlGym.Agents.CatMouse.Tests.Elman;

public sealed class ElmanCheckpointTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rlgym-elman-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(StartCellSource.Rng)]
    [InlineData(StartCellSource.Numpy)]
    public void A_resumed_run_continues_exactly_as_an_uninterrupted_one(StartCellSource source)
    {
        var options = new ElmanTrainingOptions { Hidden = 8, Seed = 3, Random = source };
        var straight = new ElmanImitationTrainer(options);
        var interrupted = new ElmanImitationTrainer(options);
        for (int i = 0; i < 500; i++)
        {
            straight.PlayGame();
            interrupted.PlayGame();
        }
        string path = Path.Combine(_dir, "brain.ckpt");
        ElmanCheckpoint.Save(path, interrupted);
        var resumed = ElmanCheckpoint.LoadTrainer(path);
        Assert.Equal(500, resumed.Games);
        for (int i = 0; i < 300; i++)
        {
            Assert.Equal(straight.PlayGame(), resumed.PlayGame());
        }
        Assert.Equal(straight.SmoothedError, resumed.SmoothedError);
        Assert.Equal(straight.Network.RecurrentWeights.ToArray(), resumed.Network.RecurrentWeights.ToArray());
    }

    [Fact]
    public void A_saved_network_predicts_the_same_and_cannot_be_resumed()
    {
        var trainer = new ElmanImitationTrainer(new ElmanTrainingOptions { Hidden = 6, Seed = 1 });
        for (int i = 0; i < 50; i++)
        {
            trainer.PlayGame();
        }
        string path = Path.Combine(_dir, "net.ckpt");
        ElmanCheckpoint.Save(path, trainer.Network);
        var loaded = ElmanCheckpoint.LoadBrain(path).Network;
        double[] input = [0.2, 0.4, 0.6, 0.8];
        trainer.Network.BeginSequence();
        loaded.BeginSequence();
        Assert.Equal(trainer.Network.Predict(input), loaded.Predict(input));
        var error = Assert.Throws<UserInputException>(() => ElmanCheckpoint.LoadTrainer(path));
        Assert.Contains("cannot be resumed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_files_are_refused_by_name()
    {
        string path = Path.Combine(_dir, "brain.ckpt");
        ElmanCheckpoint.Save(path, new ElmanImitationTrainer(new ElmanTrainingOptions { Hidden = 4 }));
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<UserInputException>(() => ElmanCheckpoint.LoadBrain(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
