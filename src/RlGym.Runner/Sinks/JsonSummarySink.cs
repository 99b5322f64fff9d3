namespace RlGym.Runner.Sinks;

/// <summary>Writes the run's summary to a JSON file (see <see cref="RunSummaryJson"/>) when the run finishes, cancelled or not.</summary>
/// <param name="path">The file to create or replace.</param>
public sealed class JsonSummarySink(string path) : IRunSink
{
    /// <summary>The file name the CLI writes into an output folder.</summary>
    public const string FileName = "summary.json";

    /// <summary>The file written.</summary>
    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    /// <inheritdoc />
    public void RunStarted(RunInfo run)
    {
    }

    /// <inheritdoc />
    public void EpisodeFinished(EpisodeRecord episode)
    {
    }

    /// <inheritdoc />
    public void RunFinished(RunSummary summary)
    {
        using var stream = File.Create(Path);
        RunSummaryJson.Write(stream, summary);
    }
}
