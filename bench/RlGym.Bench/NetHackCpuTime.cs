using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RlGym.Bench;

/// <summary>
/// CPU time per environment step, this process and its games together: a figure that, unlike steps per second, holds
/// up when the machine is shared. Benchmarks record theirs with <see cref="Record"/>; the column shows them.
/// </summary>
internal sealed partial class NetHackCpuTime : IColumn
{
    private static readonly ConcurrentDictionary<string, double> PerStep = new(StringComparer.Ordinal);

    /// <summary>Seconds of CPU used so far by this process and by its children that were reaped (the games).</summary>
    public static double Seconds() => Read(0) + Read(-1);

    /// <summary>Notes the microseconds of CPU per step of one benchmark case.</summary>
    public static void Record(string method, int envs, double microseconds) => PerStep[Key(method, envs)] = microseconds;

    public string Id => nameof(NetHackCpuTime);

    public string ColumnName => "CPU us/step";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "CPU time per step of this process and its game processes (getrusage self + children), warm-up included";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        PerStep.TryGetValue(Key(benchmarkCase.Descriptor.WorkloadMethod.Name, (int)benchmarkCase.Parameters["Envs"]), out double value)
            ? value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)
            : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    private static string Key(string method, int envs) => $"{method}/{envs}";

    private static unsafe double Read(int who)
    {
        long* usage = stackalloc long[18];
        if (GetRusage(who, usage) != 0)
        {
            throw new InvalidOperationException($"getrusage({who}) failed.");
        }
        return usage[0] + usage[1] * 1e-6 + usage[2] + usage[3] * 1e-6;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "getrusage")]
    private static unsafe partial int GetRusage(int who, long* usage);
}
