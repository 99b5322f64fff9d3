using System.Globalization;

namespace RlGym.Cli.Tests.Fixtures;

/// <summary>Edits a run's metrics.csv the way a long earlier run would have left it.</summary>
public static class MetricsFile
{
    /// <summary>Sets the seconds column of the last row of <paramref name="path"/> to <paramref name="seconds"/>.</summary>
    public static void SetLastSeconds(string path, double seconds)
    {
        string[] lines = File.ReadAllLines(path);
        string[] fields = lines[^1].Split(',');
        fields[1] = seconds.ToString(CultureInfo.InvariantCulture);
        lines[^1] = string.Join(',', fields);
        File.WriteAllLines(path, lines);
    }
}
