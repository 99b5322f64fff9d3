using RlGym.Agents.Ppo.Encoding;
using RlGym.Core.Wrappers;

namespace RlGym.Agents.Ppo.Normalization;

/// <summary>
/// Gymnasium's NormalizeObservation over encoded observations, a batch at a time: every number outside image and token parts
/// becomes (x - mean) / sqrt(variance + 1e-8), clipped to [-10, 10], with running statistics that training updates
/// and playing freezes. Saved with the policy, so a played policy sees what it was trained on.
/// </summary>
internal sealed class ObservationNormalizer
{
    private const double Epsilon = 1e-8;
    private const float Clip = 10f;
    private readonly bool[] _image;

    public ObservationNormalizer(IReadOnlyList<ObservationSegment> segments, int size, RunningMeanStd? statistics = null)
    {
        _image = new bool[size];
        foreach (var segment in segments.Where(s => s.IsImage || s.IsTokens))
        {
            _image.AsSpan(segment.Offset, segment.Length).Fill(true);
        }
        Statistics = statistics ?? new RunningMeanStd(size);
        if (Statistics.Size != size)
        {
            throw new InvalidDataException($"Observation statistics hold {Statistics.Size} items; the policy's observations have {size}.");
        }
    }

    /// <summary>The running statistics.</summary>
    public RunningMeanStd Statistics { get; }

    /// <summary>Updates the statistics with <paramref name="count"/> rows (when <paramref name="update"/>) and normalises them in place.</summary>
    public void Apply(Span<float> rows, int count, bool update)
    {
        int size = _image.Length;
        if (update)
        {
            Statistics.Update(rows, count, _image);
        }
        var mean = Statistics.Mean;
        var variance = Statistics.Variance;
        for (int r = 0; r < count; r++)
        {
            var row = rows.Slice(r * size, size);
            for (int i = 0; i < size; i++)
            {
                if (!_image[i])
                {
                    row[i] = Math.Clamp((float)((row[i] - mean[i]) / Math.Sqrt(variance[i] + Epsilon)), -Clip, Clip);
                }
            }
        }
    }
}
