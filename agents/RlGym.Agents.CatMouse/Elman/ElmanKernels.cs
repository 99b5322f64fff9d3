using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RlGym.Agents.CatMouse.Elman;

/// <summary>
/// The Elman network's inner loops. Every sum is accumulated term by term in index order with a separate multiply and
/// add (never fused), exactly as a sequential dot product would, and vectorised across the output index only, so the
/// results are bit-identical to the scalar definition.
/// </summary>
internal static class ElmanKernels
{
    /// <summary>result[k] = sum over i of x[i] * m[i * n + k], for k in [0, n).</summary>
    public static void MultiplyRowVector(ReadOnlySpan<double> x, ReadOnlySpan<double> m, Span<double> result)
    {
        int n = result.Length;
        ref double mr = ref MemoryMarshal.GetReference(m);
        ref double rr = ref MemoryMarshal.GetReference(result);
        int k = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            int w = Vector512<double>.Count;
            for (; k + 2 * w <= n; k += 2 * w)
            {
                Vector512<double> a0 = Vector512<double>.Zero, a1 = a0;
                for (int i = 0; i < x.Length; i++)
                {
                    var s = Vector512.Create(x[i]);
                    ref double row = ref Unsafe.Add(ref mr, i * n + k);
                    a0 += s * Vector512.LoadUnsafe(ref row);
                    a1 += s * Vector512.LoadUnsafe(ref row, (nuint)w);
                }
                a0.StoreUnsafe(ref rr, (nuint)k);
                a1.StoreUnsafe(ref rr, (nuint)(k + w));
            }
            for (; k + w <= n; k += w)
            {
                Vector512<double> a = Vector512<double>.Zero;
                for (int i = 0; i < x.Length; i++)
                {
                    a += Vector512.Create(x[i]) * Vector512.LoadUnsafe(ref Unsafe.Add(ref mr, i * n + k));
                }
                a.StoreUnsafe(ref rr, (nuint)k);
            }
        }
        if (Vector256.IsHardwareAccelerated)
        {
            int w = Vector256<double>.Count;
            for (; k + 4 * w <= n; k += 4 * w)
            {
                Vector256<double> a0 = Vector256<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
                for (int i = 0; i < x.Length; i++)
                {
                    var s = Vector256.Create(x[i]);
                    ref double row = ref Unsafe.Add(ref mr, i * n + k);
                    a0 += s * Vector256.LoadUnsafe(ref row);
                    a1 += s * Vector256.LoadUnsafe(ref row, (nuint)w);
                    a2 += s * Vector256.LoadUnsafe(ref row, (nuint)(2 * w));
                    a3 += s * Vector256.LoadUnsafe(ref row, (nuint)(3 * w));
                }
                a0.StoreUnsafe(ref rr, (nuint)k);
                a1.StoreUnsafe(ref rr, (nuint)(k + w));
                a2.StoreUnsafe(ref rr, (nuint)(k + 2 * w));
                a3.StoreUnsafe(ref rr, (nuint)(k + 3 * w));
            }
            for (; k + w <= n; k += w)
            {
                Vector256<double> a = Vector256<double>.Zero;
                for (int i = 0; i < x.Length; i++)
                {
                    a += Vector256.Create(x[i]) * Vector256.LoadUnsafe(ref Unsafe.Add(ref mr, i * n + k));
                }
                a.StoreUnsafe(ref rr, (nuint)k);
            }
        }
        for (; k < n; k++)
        {
            double a = 0;
            for (int i = 0; i < x.Length; i++)
            {
                a += x[i] * Unsafe.Add(ref mr, i * n + k);
            }
            Unsafe.Add(ref rr, k) = a;
        }
    }

    /// <summary>u[i * n + k] += a[i] * b[k] for every i and k (an outer product added in place).</summary>
    public static void AddOuterProduct(Span<double> u, ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = b.Length;
        ref double ur = ref MemoryMarshal.GetReference(u);
        ref double br = ref MemoryMarshal.GetReference(b);
        for (int i = 0; i < a.Length; i++)
        {
            ref double row = ref Unsafe.Add(ref ur, i * n);
            double s = a[i];
            int k = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                var sw = Vector512.Create(s);
                for (; k + Vector512<double>.Count <= n; k += Vector512<double>.Count)
                {
                    (Vector512.LoadUnsafe(ref row, (nuint)k) + sw * Vector512.LoadUnsafe(ref br, (nuint)k)).StoreUnsafe(ref row, (nuint)k);
                }
            }
            if (Vector256.IsHardwareAccelerated)
            {
                var sv = Vector256.Create(s);
                for (; k + Vector256<double>.Count <= n; k += Vector256<double>.Count)
                {
                    (Vector256.LoadUnsafe(ref row, (nuint)k) + sv * Vector256.LoadUnsafe(ref br, (nuint)k)).StoreUnsafe(ref row, (nuint)k);
                }
            }
            for (; k < n; k++)
            {
                Unsafe.Add(ref row, k) += s * Unsafe.Add(ref br, k);
            }
        }
    }
}
