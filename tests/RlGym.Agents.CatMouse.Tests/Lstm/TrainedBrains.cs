using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Lstm;

namespace RlGym.Agents.CatMouse.Tests.Lstm;

/// <summary>
/// Brains trained once for the whole test run (a few seconds): a mouse brain and a cat brain, each saved to a
/// checkpoint in a temporary folder, plus the reports measured right after training. The mouse's checkpoint holds the
/// training state too; its trainer then trained one more batch, whose loss and report a resumed run must match.
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
        using (var mouse = Train(BrainRole.Mouse, MouseBatches, MousePath))
        {
            (MouseReport, MouseLoss) = (mouse.Evaluate(), mouse.SmoothedLoss);
            ContinuedLoss = mouse.TrainBatch();
            ContinuedReport = mouse.Evaluate();
        }
        using var cat = Train(BrainRole.Cat, CatBatches, CatPath);
        CatReport = cat.Evaluate();
    }

    public string Folder { get; }

    public string MousePath { get; }

    public string CatPath { get; }

    public MistakeReport MouseReport { get; }

    public double MouseLoss { get; }

    public MistakeReport CatReport { get; }

    /// <summary>The loss of the batch the mouse's trainer trained after saving its checkpoint.</summary>
    public double ContinuedLoss { get; }

    /// <summary>The mouse brain's report after that batch.</summary>
    public MistakeReport ContinuedReport { get; }

    /// <summary>The settings the brains were trained with.</summary>
    public static LstmTrainingOptions Options(BrainRole role) => new() { Role = role, Seed = 11 };

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static LstmImitationTrainer Train(BrainRole role, int batches, string path)
    {
        var trainer = new LstmImitationTrainer(Options(role));
        for (int i = 0; i < batches; i++)
        {
            trainer.TrainBatch();
        }
        trainer.SaveCheckpoint(path);
        return trainer;
    }
}

[CollectionDefinition(Name)]
public sealed class TrainedBrainsCollection : ICollectionFixture<TrainedBrains>
{
    public const string Name = "trained brains";
}
