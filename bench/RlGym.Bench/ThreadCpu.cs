using System.Globalization;

namespace RlGym.Bench;

/// <summary>
/// CPU seconds of each thread of this process, from <c>/proc/self/task/*/stat</c> (user and system time, in clock
/// ticks of 10 ms): which thread of a benchmark spends the CPU. Resolution is a tick a thread, so measure seconds.
/// </summary>
internal static class ThreadCpu
{
    private const double TickSeconds = 0.01;

    /// <summary>Every live thread's id, name and CPU seconds so far.</summary>
    public static IReadOnlyDictionary<int, (string Name, double Seconds)> Read()
    {
        var threads = new Dictionary<int, (string, double)>();
        foreach (string dir in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue; // the thread ended between the listing and the read
            }
            int open = stat.IndexOf('(');
            int close = stat.LastIndexOf(')');
            string name = stat[(open + 1)..close];
            string[] fields = stat[(close + 2)..].Split(' ');
            // After the name: state is field 3 of the line, utime 14 and stime 15.
            long ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            threads[int.Parse(stat[..(open - 1)], CultureInfo.InvariantCulture)] = (name, ticks * TickSeconds);
        }
        return threads;
    }

    /// <summary>CPU seconds the thread <paramref name="id"/> spent between two readings.</summary>
    public static double Between(IReadOnlyDictionary<int, (string Name, double Seconds)> before, IReadOnlyDictionary<int, (string Name, double Seconds)> after, int id) =>
        after.TryGetValue(id, out var a) ? a.Seconds - (before.TryGetValue(id, out var b) ? b.Seconds : 0) : 0;

    /// <summary>CPU seconds that threads whose name starts with <paramref name="prefix"/> spent between two readings.</summary>
    public static double Between(IReadOnlyDictionary<int, (string Name, double Seconds)> before, IReadOnlyDictionary<int, (string Name, double Seconds)> after, string prefix) =>
        after.Where(t => t.Value.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Sum(t => t.Value.Seconds - (before.TryGetValue(t.Key, out var b) ? b.Seconds : 0));
}
