using RlGym.Runner.Training;
using RlGym.Torch;
using TorchSharp.Modules;

namespace RlGym.Cli.Training;

/// <summary>
/// Writes every metric as a TensorBoard scalar (TorchSharp's SummaryWriter, which writes each event to the file as it
/// comes, so there is nothing to flush) under a log folder; <c>tensorboard --logdir DIR</c> shows them.
/// </summary>
internal sealed class TensorBoardMetricsSink : IMetricsSink
{
    private readonly SummaryWriter _writer;

    public TensorBoardMetricsSink(string directory)
    {
        TorchRuntime.EnsureLoaded();
        Directory.CreateDirectory(directory);
        _writer = TorchSharp.torch.utils.tensorboard.SummaryWriter(directory, "", false);
    }

    public void Record(in MetricsRow row)
    {
        int step = (int)Math.Min(row.Step, int.MaxValue);
        foreach (var metric in row.Values)
        {
            _writer.add_scalar(metric.Name, (float)metric.Value, step);
        }
    }

    public void Flush()
    {
    }

    public void Dispose()
    {
    }
}
