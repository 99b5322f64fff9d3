using System.Globalization;

namespace RlGym.Runner.Sinks;

/// <summary>
/// Writes one CSV row per episode (RFC 4180, hand-written, no dependency):
/// <c>episode,seed,return,length,seconds,terminated,truncated,aborted,abort_reason</c> (aborted: the environment could not
/// finish the episode, <see cref="EpisodeRecord.Aborted"/>; the reason is empty otherwise),
/// with one <c>return_ROLE</c> column per role in place of <c>return</c> for multi-agent runs. Each row is flushed as
/// it is written, so an interrupted run keeps every episode it finished.
/// </summary>
public sealed class CsvEpisodeSink : IRunSink, IDisposable
{
    /// <summary>The file name the CLI writes into an output folder.</summary>
    public const string FileName = "episodes.csv";

    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly CsvWriter _csv;

    /// <summary>Writes to <paramref name="writer"/>; disposes it only when <paramref name="ownsWriter"/> is true.</summary>
    public CsvEpisodeSink(TextWriter writer, bool ownsWriter = false)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _ownsWriter = ownsWriter;
        _csv = new CsvWriter(writer);
    }

    /// <summary>Creates (or replaces) the file at <paramref name="path"/> and writes to it.</summary>
    public static CsvEpisodeSink Create(string path) =>
        new(new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)), ownsWriter: true);

    /// <inheritdoc />
    public void RunStarted(RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _csv.Field("episode");
        _csv.Field("seed");
        if (run.MultiAgent)
        {
            foreach (string role in run.Roles)
            {
                _csv.Field("return_" + role);
            }
        }
        else
        {
            _csv.Field("return");
        }
        _csv.Field("length");
        _csv.Field("seconds");
        _csv.Field("terminated");
        _csv.Field("truncated");
        _csv.Field("aborted");
        _csv.Field("abort_reason");
        _csv.EndRow();
        _writer.Flush();
    }

    /// <inheritdoc />
    public void EpisodeFinished(EpisodeRecord episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        _csv.Field(episode.Index);
        _csv.Field(episode.Seed);
        foreach (double value in episode.Returns)
        {
            _csv.Field(value);
        }
        _csv.Field(episode.Length);
        // Fixed notation (microseconds), never 6.03E-05: spreadsheets and readers of the CSV take it as it is.
        _csv.Field(episode.Seconds.ToString("0.000000", CultureInfo.InvariantCulture));
        _csv.Field(episode.Terminated);
        _csv.Field(episode.Truncated);
        _csv.Field(episode.Aborted);
        _csv.Field(episode.AbortReason ?? "");
        _csv.EndRow();
        _writer.Flush();
    }

    /// <inheritdoc />
    public void RunFinished(RunSummary summary) => _writer.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }
}
