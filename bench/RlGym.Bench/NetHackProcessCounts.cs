using System.Globalization;

namespace RlGym.Bench;

/// <summary>Counts of this process's children and descriptors (Linux /proc), and where reports go.</summary>
internal static class NetHackProcessCounts
{
    /// <summary>Processes whose parent is this process.</summary>
    public static int Children()
    {
        string self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        int count = 0;
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                string stat = File.ReadAllText(Path.Combine(dir, "stat"));
                if (stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1] == self)
                {
                    count++;
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }
        return count;
    }

    /// <summary>Open descriptors, assemblies mapped by the runtime left out.</summary>
    public static int Descriptors() =>
        Directory.EnumerateFileSystemEntries("/proc/self/fd").Count(fd =>
        {
            try
            {
                return new FileInfo(fd).LinkTarget is not string target || !target.EndsWith(".dll", StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
        });

    /// <summary>The resident set size of this process, in kilobytes (VmRSS).</summary>
    public static long ResidentKilobytes()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }

    /// <summary>Prints <paramref name="lines"/> and writes them to BenchmarkDotNet.Artifacts/results/<paramref name="file"/>.</summary>
    public static void Report(string file, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        all.ForEach(Console.WriteLine);
        string dir = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(dir);
        File.WriteAllLines(Path.Combine(dir, file), all);
    }
}
