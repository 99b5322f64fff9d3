using RlGym.Core.Random;
using RlGym.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo.Networks;

/// <summary>
/// Orthogonal initialisation (Saxe et al. 2014, CleanRL's <c>layer_init</c>): a weight of shape [out, in...] becomes
/// <c>gain</c> times a matrix with orthonormal rows or columns, and the bias zero. The Gaussian draws come from an
/// RlGym <see cref="Rng"/> and the orthonormalisation is Gram-Schmidt in double precision, so weights depend on the
/// seed alone (not on TorchSharp's process-wide generator or its thread count).
/// </summary>
internal static class Orthogonal
{
    /// <summary>Initialises <paramref name="weight"/> (and zeroes <paramref name="bias"/>).</summary>
    public static void Initialise(Tensor weight, Tensor? bias, double gain, Rng rng)
    {
        int rows = (int)weight.shape[0];
        int cols = (int)(weight.numel() / rows);
        // Orthonormalise the shorter side's vectors: rows when rows <= cols, columns otherwise.
        bool byRows = rows <= cols;
        int count = byRows ? rows : cols, length = byRows ? cols : rows;
        var vectors = new double[count][];
        for (int v = 0; v < count; v++)
        {
            var x = new double[length];
            for (int i = 0; i < length; i++)
            {
                x[i] = rng.NextGaussian();
            }
            for (int pass = 0; pass < 2; pass++)
            {
                for (int u = 0; u < v; u++)
                {
                    double dot = 0;
                    for (int i = 0; i < length; i++)
                    {
                        dot += x[i] * vectors[u][i];
                    }
                    for (int i = 0; i < length; i++)
                    {
                        x[i] -= dot * vectors[u][i];
                    }
                }
            }
            double norm = Math.Sqrt(x.Sum(a => a * a));
            for (int i = 0; i < length; i++)
            {
                x[i] /= norm;
            }
            vectors[v] = x;
        }
        var values = new float[rows * cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                values[r * cols + c] = (float)(gain * (byRows ? vectors[r][c] : vectors[c][r]));
            }
        }
        using var noGrad = torch.no_grad();
        using var drawn = TensorData.FromFloats(values, weight.shape);
        weight.copy_(drawn);
        bias?.zero_();
    }
}
