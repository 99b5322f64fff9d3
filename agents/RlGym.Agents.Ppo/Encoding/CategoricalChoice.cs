using RlGym.Core.Random;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// Categorical choices from logits, on the CPU side so draws come from an RlGym <see cref="Rng"/> (reproducible, and
/// free of TorchSharp's process-wide generator). Masked-out choices (mask 0) are never taken.
/// </summary>
internal static class CategoricalChoice
{
    /// <summary>Draws a choice (or takes the most likely one when <paramref name="rng"/> is null) and returns it with its log-probability.</summary>
    public static int Choose(ReadOnlySpan<float> logits, ReadOnlySpan<float> mask, Rng? rng, out float logProbability)
    {
        float max = float.NegativeInfinity;
        int best = -1;
        for (int a = 0; a < logits.Length; a++)
        {
            if (Allowed(mask, a) && logits[a] > max)
            {
                max = logits[a];
                best = a;
            }
        }
        if (best < 0)
        {
            // Everything masked (or NaN logits): act as if nothing were masked, as a softmax over equal logits would.
            best = 0;
            max = logits[0];
            mask = default;
        }
        double sum = 0;
        for (int a = 0; a < logits.Length; a++)
        {
            if (Allowed(mask, a))
            {
                sum += Math.Exp(logits[a] - max);
            }
        }
        int chosen = best;
        if (rng is not null)
        {
            double u = rng.NextDouble() * sum;
            for (int a = 0; a < logits.Length; a++)
            {
                if (!Allowed(mask, a))
                {
                    continue;
                }
                chosen = a;
                u -= Math.Exp(logits[a] - max);
                if (u < 0)
                {
                    break;
                }
            }
        }
        logProbability = (float)(logits[chosen] - max - Math.Log(sum));
        return chosen;
    }

    private static bool Allowed(ReadOnlySpan<float> mask, int a) => mask.IsEmpty || mask[a] != 0f;
}
