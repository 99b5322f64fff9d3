using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers;

/// <summary>The standard wrappers, as extension methods: <c>env.WithTimeLimit(100).WithEpisodeStatistics()</c>.</summary>
public static class EnvironmentWrappers
{
    /// <summary>Truncates episodes after <paramref name="maxSteps"/> steps.</summary>
    public static IEnvironment<TObs, TAction> WithTimeLimit<TObs, TAction>(this IEnvironment<TObs, TAction> env, int maxSteps) =>
        new TimeLimit<TObs, TAction>(env, maxSteps);

    /// <summary>Refuses Step before Reset and after the end with errors that say what to call.</summary>
    public static IEnvironment<TObs, TAction> WithOrderEnforcing<TObs, TAction>(this IEnvironment<TObs, TAction> env) =>
        new OrderEnforcing<TObs, TAction>(env);

    /// <summary>Checks the first observations against the space and every reward for finiteness.</summary>
    public static IEnvironment<TObs, TAction> WithEnvChecker<TObs, TAction>(this IEnvironment<TObs, TAction> env) =>
        new PassiveEnvChecker<TObs, TAction>(env);

    /// <summary>Adds <c>info["episode"]</c> at the end of each episode and keeps the last <paramref name="bufferLength"/> episodes; find it later with <c>TryFind&lt;IEpisodeStatisticsSource&gt;</c>.</summary>
    public static IEnvironment<TObs, TAction> WithEpisodeStatistics<TObs, TAction>(this IEnvironment<TObs, TAction> env, int bufferLength = 100) =>
        new RecordEpisodeStatistics<TObs, TAction>(env, bufferLength);

    /// <summary>Maps observations through <paramref name="transform"/> into <paramref name="space"/>.</summary>
    public static IEnvironment<TOut, TAction> WithObservationTransform<TIn, TOut, TAction>(
        this IEnvironment<TIn, TAction> env, Func<TIn, TOut> transform, ISpace<TOut> space) =>
        new TransformObservation<TIn, TOut, TAction>(env, transform, space);

    /// <summary>Stacks the last <paramref name="k"/> Box observations into one of shape (k, ...).</summary>
    public static IEnvironment<T[], TAction> WithFrameStack<T, TAction>(this IEnvironment<T[], TAction> env, int k)
        where T : unmanaged, INumber<T>, IMinMaxValue<T> =>
        new FrameStack<T, TAction>(env, k);

    /// <summary>Normalises float observations with running mean and variance; find the statistics with <c>TryFind&lt;IObservationNormalizer&gt;</c>.</summary>
    public static IEnvironment<float[], TAction> WithObservationNormalization<TAction>(this IEnvironment<float[], TAction> env, double epsilon = 1e-8) =>
        new NormalizeObservation<TAction>(env, epsilon);
}
