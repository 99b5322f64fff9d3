using RlGym.Cli.Hosting;
using RlGym.Core;

namespace RlGym.Cli.Training;

/// <summary>The files of a training run's folder; the checkpoint's file name depends on what is trained.</summary>
/// <param name="Path">The folder.</param>
/// <param name="CheckpointName">The checkpoint's file name in it.</param>
internal sealed record TrainingRunFolder(string Path, string CheckpointName = "brain.ckpt")
{
    public string Checkpoint => System.IO.Path.Combine(Path, CheckpointName);

    public string Metrics => System.IO.Path.Combine(Path, "metrics.csv");

    public string Curve => System.IO.Path.Combine(Path, "learning-curve.png");

    public string TensorBoard => System.IO.Path.Combine(Path, "tensorboard");

    /// <summary>
    /// Checks the folder for a new run (it must not hold one already) or a resumed one (it must hold a checkpoint),
    /// and creates it. Errors name the folder and say what to do.
    /// </summary>
    public void Prepare(bool resume)
    {
        if (File.Exists(Path))
        {
            throw new UserInputException($"Option '--out' is '{Path}', which is a file; expected a folder for the run.");
        }
        if (resume && !File.Exists(Checkpoint))
        {
            throw new UserInputException($"Cannot resume: '{Checkpoint}' does not exist; start the run without --resume.");
        }
        if (!resume && File.Exists(Checkpoint))
        {
            throw new UserInputException($"'{Path}' already holds a run ({Checkpoint}); pass --resume to continue it or choose another --out.");
        }
        OutputChecks.RequireWritableFolder("--out", Path, "for the run");
    }
}
