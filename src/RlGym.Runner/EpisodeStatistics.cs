namespace RlGym.Runner;

/// <summary>
/// Running figures of a run's completed episodes, updated one episode at a time in constant memory: sums for the
/// means, Welford's M2 for the population standard deviations, and each role's range.
/// </summary>
internal sealed class EpisodeStatistics
{
    private readonly Running _total = new();
    private readonly Running[] _roles;

    public EpisodeStatistics(int roles)
    {
        _roles = new Running[roles];
        for (int r = 0; r < roles; r++)
        {
            _roles[r] = new Running();
        }
    }

    public int Count { get; private set; }

    public long Steps { get; private set; }

    public int Aborted { get; private set; }

    public void Add(EpisodeRecord episode)
    {
        Count++;
        Steps += episode.Length;
        Aborted += episode.Aborted ? 1 : 0;
        _total.Add(episode.Return);
        for (int r = 0; r < _roles.Length; r++)
        {
            _roles[r].Add(episode.Returns[r]);
        }
    }

    public RunSummary Summarise(RunInfo run, double wallSeconds, bool cancelled)
    {
        var roles = new ReturnStats[_roles.Length];
        for (int r = 0; r < roles.Length; r++)
        {
            var role = _roles[r];
            roles[r] = new ReturnStats(run.Roles[r], run.Agents[r], role.Mean, role.Std, role.Min, role.Max);
        }
        return new RunSummary
        {
            Run = run,
            Episodes = Count,
            Cancelled = cancelled,
            AbortedEpisodes = Aborted,
            MeanReturn = _total.Mean,
            StdReturn = _total.Std,
            Roles = roles,
            MeanLength = Count == 0 ? double.NaN : (double)Steps / Count,
            TotalSteps = Steps,
            WallSeconds = wallSeconds,
        };
    }

    /// <summary>One sample's count, sum (the mean is the sum over the count, as a direct computation gives), Welford's mean and M2, and range.</summary>
    private sealed class Running
    {
        private long _count;
        private double _sum, _welfordMean, _m2;

        public double Min { get; private set; } = double.NaN;

        public double Max { get; private set; } = double.NaN;

        public double Mean => _count == 0 ? double.NaN : _sum / _count;

        public double Std => _count == 0 ? double.NaN : Math.Sqrt(_m2 / _count);

        public void Add(double value)
        {
            _count++;
            _sum += value;
            double delta = value - _welfordMean;
            _welfordMean += delta / _count;
            _m2 += delta * (value - _welfordMean);
            Min = _count == 1 ? value : Math.Min(Min, value);
            Max = _count == 1 ? value : Math.Max(Max, value);
        }
    }
}
