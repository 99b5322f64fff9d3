using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Lstm;

namespace RlGym.Agents.CatMouse.Tests.Lstm;

/// <summary>
/// Brains trained once for the whole test run (a few seconds): a mouse brain and a cat brain, each saved to a
/// checkpoint in a temporary folder, plus the reports measured right after training.
/// </summary>
public sealed class TrainedBrains : IDisposable
{
    public const int MouseBatches = 250;
    public const int CatBatches = 60;

    public TrainedBrains()
    {
        Folder = Directory.CreateTempSubdirectory("rlgym-brains-").FullName;
        MousePath = Path.Combine(Folder, "mouse.ckpt");
        CatPath = Path.Combine(Folder, "cat.ckpt");
        (MouseReport, MouseLoss) = Train(BrainRole.Mouse, MouseBatches, MousePath);
        (CatReport, _) = Train(BrainRole.Cat, CatBatches, CatPath);
    }

    public string Folder { get; }

    public string MousePath { get; }

    public string CatPath { get; }

    public MistakeReport MouseReport { get; }

    public double MouseLoss { get; }

    public MistakeReport CatReport { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static (MistakeReport, double) Train(BrainRole role, int batches, string path)
    {
        using var trainer = new LstmImitationTrainer(new LstmTrainingOptions { Role = role, Seed = 11 });
        for (int i = 0; i < batches; i++)
        {
            trainer.TrainBatch();
        }
        LstmBrainFile.Save(path, trainer.Brain);
        return (trainer.Evaluate(), trainer.SmoothedLoss);
    }
}

[CollectionDefinition(Name)]
public sealed class TrainedBrainsCollection : ICollectionFixture<TrainedBrains>
{
    public const string Name = "trained brains";
}
