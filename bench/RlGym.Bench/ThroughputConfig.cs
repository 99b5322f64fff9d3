using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace RlGym.Bench;

/// <summary>Adds an operations-per-second column, so each table reads directly in steps per second.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ThroughputConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
}
