using System.Numerics;
using RlGym.Core.Spaces;
using RlGym.Core.Vector;
using RlGym.Core.Wrappers.Vector;

namespace RlGym.Core.Wrappers;

/// <summary>
/// The standard wrappers, as extension methods: <c>env.WithTimeLimit(100).WithEpisodeStatistics()</c>. Each is named
/// <c>With</c> + its Gymnasium 1.x name (<c>WithClipAction</c> is Gymnasium's <c>ClipAction</c>); the older names
/// <see cref="WithEpisodeStatistics{TObs,TAction}(IEnvironment{TObs,TAction},int)"/>,
/// <see cref="WithObservationTransform{TIn,TOut,TAction}(IEnvironment{TIn,TAction},Func{TIn,TOut},ISpace{TOut})"/> and
/// <see cref="WithObservationNormalization{TAction}(IEnvironment{float[],TAction},double)"/> stay beside their Gymnasium-named aliases.
/// Overloads on <see cref="IVectorEnvironment{TObs,TAction}"/> are Gymnasium's vector wrappers.
/// </summary>
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

    /// <summary>Gymnasium's <c>RecordEpisodeStatistics</c>: the same wrapper as <see cref="WithEpisodeStatistics{TObs,TAction}(IEnvironment{TObs,TAction},int)"/>.</summary>
    public static IEnvironment<TObs, TAction> WithRecordEpisodeStatistics<TObs, TAction>(this IEnvironment<TObs, TAction> env, int bufferLength = 100) =>
        new RecordEpisodeStatistics<TObs, TAction>(env, bufferLength);

    /// <summary>Gymnasium's <c>TransformObservation</c>: the same wrapper as <see cref="WithObservationTransform{TIn,TOut,TAction}(IEnvironment{TIn,TAction},Func{TIn,TOut},ISpace{TOut})"/>.</summary>
    public static IEnvironment<TOut, TAction> WithTransformObservation<TIn, TOut, TAction>(
        this IEnvironment<TIn, TAction> env, Func<TIn, TOut> transform, ISpace<TOut> space) =>
        new TransformObservation<TIn, TOut, TAction>(env, transform, space);

    /// <summary>Gymnasium's <c>NormalizeObservation</c>: the same wrapper as <see cref="WithObservationNormalization{TAction}(IEnvironment{float[],TAction},double)"/>.</summary>
    public static IEnvironment<float[], TAction> WithNormalizeObservation<TAction>(this IEnvironment<float[], TAction> env, double epsilon = 1e-8) =>
        new NormalizeObservation<TAction>(env, epsilon);

    /// <summary>
    /// Gymnasium's <c>NormalizeReward</c>: divides each reward by the running standard deviation of the discounted return
    /// (<c>G = G * gamma * (1 - terminated) + reward</c>); find the statistics with <c>TryFind&lt;IRewardNormalizer&gt;</c>.
    /// </summary>
    public static IEnvironment<TObs, TAction> WithNormalizeReward<TObs, TAction>(this IEnvironment<TObs, TAction> env, double gamma = 0.99, double epsilon = 1e-8) =>
        new NormalizeReward<TObs, TAction>(env, gamma, epsilon);

    /// <summary>Gymnasium's vector <c>NormalizeReward</c>: one running return per copy, statistics updated with the batch; find them with <c>TryFind&lt;IRewardNormalizer&gt;</c>.</summary>
    public static IVectorEnvironment<TObs, TAction> WithNormalizeReward<TObs, TAction>(this IVectorEnvironment<TObs, TAction> env, double gamma = 0.99, double epsilon = 1e-8) =>
        new VectorNormalizeReward<TObs, TAction>(env, gamma, epsilon);

    /// <summary>Gymnasium's vector <c>NormalizeObservation</c>: statistics updated with the batch; find them with <c>TryFind&lt;IObservationNormalizer&gt;</c>.</summary>
    public static IVectorEnvironment<float[], TAction> WithNormalizeObservation<TAction>(this IVectorEnvironment<float[], TAction> env, double epsilon = 1e-8) =>
        new VectorNormalizeObservation<TAction>(env, epsilon);
}
