using System.Globalization;

namespace RlGym.Runner.Sinks;

/// <summary>
/// Writes a plain-text table, one row per episode up to <c>maxRows</c>, then the summary: what <c>rlgym run</c>
/// prints. Numbers use the invariant culture.
/// </summary>
public sealed class ConsoleTableSink : IRunSink
{
    private readonly TextWriter _writer;
    private readonly int _maxRows;
    private int _rows;

    /// <summary>Writes to <paramref name="writer"/>, listing at most <paramref name="maxRows"/> episodes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="maxRows"/> is negative.</exception>
    public ConsoleTableSink(TextWriter writer, int maxRows = 50)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        _maxRows = maxRows;
    }

    /// <inheritdoc />
    public void RunStarted(RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _rows = 0;
        string agents = string.Join(", ", run.Roles.Select((role, i) => run.MultiAgent ? $"{role}={run.Agents[i]}" : run.Agents[i]));
        _writer.WriteLine(Invariant($"{run.EnvironmentId}: {run.Episodes} episode(s) from seed {run.Seed}, agent {agents}"));
        if (_maxRows == 0)
        {
            return;
        }
        // A role whose "return ROLE" header would be clipped shows by its name alone, so player1 and player2 stay apart.
        string returns = run.MultiAgent ? string.Concat(run.Roles.Select(r => $"{Clip(("return " + r).Length <= 13 ? "return " + r : r),14}")) : $"{"return",14}";
        _writer.WriteLine($"{"episode",8}{"seed",22}{returns}{"length",9}{"seconds",11}  end");
    }

    /// <inheritdoc />
    public void EpisodeFinished(EpisodeRecord episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (_rows++ >= _maxRows)
        {
            return;
        }
        string returns = string.Concat(episode.Returns.Select(r => Invariant($"{r,14:0.###}")));
        string end = episode.Aborted ? "aborted: " + episode.AbortReason : episode.Terminated ? "terminated" : episode.Truncated ? "truncated" : "";
        _writer.WriteLine(Invariant($"{episode.Index,8}{episode.Seed,22}{returns}{episode.Length,9}{episode.Seconds,11:0.0000}  {end}"));
    }

    /// <inheritdoc />
    public void RunFinished(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        // A replayed result holds only its first episodes: the summary counts them all.
        int rows = Math.Max(_rows, summary.Episodes);
        if (rows > _maxRows && _maxRows > 0)
        {
            _writer.WriteLine(Invariant($"{"...",8} {rows - _maxRows} more episode(s) not shown"));
        }
        if (summary.Cancelled)
        {
            _writer.WriteLine(Invariant($"Cancelled: {summary.Episodes} of {summary.Run.Episodes} episode(s) completed; the partial episode is not counted."));
        }
        if (summary.AbortedEpisodes > 0)
        {
            _writer.WriteLine(Invariant($"Warning: {summary.AbortedEpisodes} of {summary.Episodes} episode(s) aborted: the environment could not finish them (see the end column, episodes.csv's aborted and abort_reason, and the log); they count in the figures below."));
        }
        _writer.WriteLine(Invariant($"episodes {summary.Episodes}  return {Number(summary.MeanReturn)} +/- {Number(summary.StdReturn)}  length {Number(summary.MeanLength)}"));
        if (summary.Run.MultiAgent)
        {
            foreach (var role in summary.Roles)
            {
                _writer.WriteLine(Invariant($"  {role.Role} ({role.Agent}): return {Number(role.Mean)} +/- {Number(role.Std)}  min {Number(role.Min)}  max {Number(role.Max)}"));
            }
        }
        _writer.WriteLine(Invariant($"steps {summary.TotalSteps} in {summary.WallSeconds:0.###} s = {summary.StepsPerSecond:0} steps/s"));
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";

    private static string Clip(string text) => text.Length <= 13 ? text : text[..13];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
