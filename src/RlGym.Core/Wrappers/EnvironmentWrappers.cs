using System.Numerics;
using RlGym.Core.Spaces;
using RlGym.Core.Vector;
using RlGym.Core.Wrappers.Action;
using RlGym.Core.Wrappers.Common;
using RlGym.Core.Wrappers.Observation;
using RlGym.Core.Wrappers.Reward;
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

    // ---- Observation wrappers ----

    /// <summary>Gymnasium's <c>FlattenObservation</c>: observations become flat float arrays (see <see cref="SpaceFlattening"/>).</summary>
    /// <exception cref="NotSupportedException">When the observation space cannot be flattened.</exception>
    public static IEnvironment<float[], TAction> WithFlattenObservation<TObs, TAction>(this IEnvironment<TObs, TAction> env) =>
        new FlattenObservation<TObs, TAction>(env);

    /// <summary>Gymnasium's <c>FilterObservation</c>: keeps only <paramref name="keys"/> of a Dict observation.</summary>
    public static IEnvironment<IReadOnlyDictionary<string, object>, TAction> WithFilterObservation<TAction>(
        this IEnvironment<IReadOnlyDictionary<string, object>, TAction> env, params string[] keys) =>
        new FilterObservation<TAction>(env, keys);

    /// <summary>Gymnasium's <c>DtypeObservation</c>: converts a Box observation's items to <typeparamref name="TOut"/>.</summary>
    public static IEnvironment<TOut[], TAction> WithDtypeObservation<TIn, TOut, TAction>(this IEnvironment<TIn[], TAction> env)
        where TIn : unmanaged, INumber<TIn>, IMinMaxValue<TIn>
        where TOut : unmanaged, INumber<TOut>, IMinMaxValue<TOut> =>
        new DtypeObservation<TIn, TOut, TAction>(env);

    /// <summary>Gymnasium's <c>ReshapeObservation</c>: gives a Box observation another shape of the same size (no copy).</summary>
    public static IEnvironment<T[], TAction> WithReshapeObservation<T, TAction>(this IEnvironment<T[], TAction> env, params int[] shape)
        where T : unmanaged, INumber<T>, IMinMaxValue<T> =>
        new ReshapeObservation<T, TAction>(env, shape);

    /// <summary>Gymnasium's <c>RescaleObservation</c>: maps a float Box with finite bounds linearly onto [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static IEnvironment<float[], TAction> WithRescaleObservation<TAction>(this IEnvironment<float[], TAction> env, float min, float max) =>
        new RescaleObservation<TAction>(env, min, max);

    /// <summary>Gymnasium's <c>ResizeObservation</c>: resizes (height, width[, channels]) images, bilinearly.</summary>
    public static IEnvironment<T[], TAction> WithResizeObservation<T, TAction>(this IEnvironment<T[], TAction> env, int height, int width)
        where T : unmanaged, INumber<T>, IMinMaxValue<T> =>
        new ResizeObservation<T, TAction>(env, height, width);

    /// <summary>Gymnasium's <c>GrayscaleObservation</c>: RGB images of shape (h, w, 3) become grey (h, w), or (h, w, 1) with <paramref name="keepDim"/>.</summary>
    public static IEnvironment<byte[], TAction> WithGrayscaleObservation<TAction>(this IEnvironment<byte[], TAction> env, bool keepDim = false) =>
        new GrayscaleObservation<TAction>(env, keepDim);

    /// <summary>Gymnasium's <c>MaxAndSkipObservation</c>: repeats each action <paramref name="skip"/> times, sums rewards, returns the maximum of the last two observations.</summary>
    public static IEnvironment<T[], TAction> WithMaxAndSkipObservation<T, TAction>(this IEnvironment<T[], TAction> env, int skip = 4)
        where T : unmanaged, INumber<T>, IMinMaxValue<T> =>
        new MaxAndSkipObservation<T, TAction>(env, skip);

    /// <summary>Gymnasium's <c>DelayObservation</c>: returns the observation from <paramref name="delay"/> steps ago (zeros until then).</summary>
    public static IEnvironment<T[], TAction> WithDelayObservation<T, TAction>(this IEnvironment<T[], TAction> env, int delay)
        where T : unmanaged, INumber<T>, IMinMaxValue<T> =>
        new DelayObservation<T, TAction>(env, delay);

    /// <summary>Gymnasium's <c>TimeAwareObservation</c> (flatten=True): the flattened observation with the step count appended (over the limit with <paramref name="normalizeTime"/>).</summary>
    /// <param name="env">The environment.</param>
    /// <param name="maxEpisodeSteps">The episode's step limit; the spec's <c>MaxEpisodeSteps</c> when null.</param>
    /// <param name="normalizeTime">Append steps / limit in [0, 1] instead of the count.</param>
    public static IEnvironment<float[], TAction> WithTimeAwareObservation<TObs, TAction>(this IEnvironment<TObs, TAction> env, int? maxEpisodeSteps = null, bool normalizeTime = false) =>
        new TimeAwareObservation<TObs, TAction>(env, maxEpisodeSteps, normalizeTime);

    /// <summary>Gymnasium's <c>AddRenderObservation</c> (render_only=True): the observation is the RGB frame (the environment must render RgbArray).</summary>
    public static IEnvironment<byte[], TAction> WithAddRenderObservation<TObs, TAction>(this IEnvironment<TObs, TAction> env) =>
        new AddRenderObservation<TObs, TAction>(env);

    /// <summary>Gymnasium's <c>AddRenderObservation</c> (render_only=False): a Dict of the observation (<paramref name="observationKey"/>) and the RGB frame (<paramref name="renderKey"/>).</summary>
    public static IEnvironment<IReadOnlyDictionary<string, object>, TAction> WithAddRenderObservation<TObs, TAction>(
        this IEnvironment<TObs, TAction> env, string renderKey, string observationKey = "state") =>
        new AddRenderObservationWithState<TObs, TAction>(env, renderKey, observationKey);

    /// <summary>Gymnasium's <c>DiscretizeObservation</c>: a float Box with finite bounds becomes Discrete(bins^n), <paramref name="bins"/> equal intervals per item.</summary>
    public static IEnvironment<int, TAction> WithDiscretizeObservation<TAction>(this IEnvironment<float[], TAction> env, int bins = 10) =>
        new DiscretizeObservation<TAction>(env, bins);

    // ---- Action wrappers ----

    /// <summary>Gymnasium's <c>ClipAction</c>: any float action is clipped into the Box's bounds.</summary>
    public static IEnvironment<TObs, float[]> WithClipAction<TObs>(this IEnvironment<TObs, float[]> env) => new ClipAction<TObs>(env);

    /// <summary>Gymnasium's <c>RescaleAction</c>: actions in [<paramref name="min"/>, <paramref name="max"/>] are mapped linearly onto the Box's bounds.</summary>
    public static IEnvironment<TObs, float[]> WithRescaleAction<TObs>(this IEnvironment<TObs, float[]> env, float min = -1f, float max = 1f) =>
        new RescaleAction<TObs>(env, min, max);

    /// <summary>Gymnasium's <c>TransformAction</c>: actions of <paramref name="space"/> go through <paramref name="transform"/>.</summary>
    public static IEnvironment<TObs, TOuter> WithTransformAction<TObs, TOuter, TInner>(
        this IEnvironment<TObs, TInner> env, Func<TOuter, TInner> transform, ISpace<TOuter> space) =>
        new TransformAction<TObs, TOuter, TInner>(env, transform, space);

    /// <summary>Gymnasium's <c>DiscretizeAction</c>: a float Box action space becomes Discrete(bins^n) over evenly spaced values.</summary>
    public static IEnvironment<TObs, int> WithDiscretizeAction<TObs>(this IEnvironment<TObs, float[]> env, int bins = 10) =>
        new DiscretizeAction<TObs>(env, bins);

    /// <summary>Gymnasium's <c>StickyAction</c>: with <paramref name="repeatProbability"/> the previous action is repeated for <paramref name="repeatDuration"/> steps.</summary>
    public static IEnvironment<TObs, TAction> WithStickyAction<TObs, TAction>(this IEnvironment<TObs, TAction> env, double repeatProbability = 0.25, int repeatDuration = 1) =>
        new StickyAction<TObs, TAction>(env, repeatProbability, repeatDuration);

    /// <summary>Gymnasium's <c>RepeatAction</c>: each action is applied <paramref name="repeats"/> times, rewards summed.</summary>
    public static IEnvironment<TObs, TAction> WithRepeatAction<TObs, TAction>(this IEnvironment<TObs, TAction> env, int repeats) =>
        new RepeatAction<TObs, TAction>(env, repeats);

    // ---- Reward wrappers ----

    /// <summary>Gymnasium's <c>ClipReward</c>: rewards are clipped into [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static IEnvironment<TObs, TAction> WithClipReward<TObs, TAction>(this IEnvironment<TObs, TAction> env, double min, double max) =>
        new ClipReward<TObs, TAction>(env, min, max);

    /// <summary>Gymnasium's <c>TransformReward</c>: rewards go through <paramref name="transform"/>.</summary>
    public static IEnvironment<TObs, TAction> WithTransformReward<TObs, TAction>(this IEnvironment<TObs, TAction> env, Func<double, double> transform) =>
        new TransformReward<TObs, TAction>(env, transform);

    // ---- Common wrappers ----

    /// <summary>Gymnasium's <c>Autoreset</c>: the step after an episode ends resets instead (reward 0, flags false), ignoring its action.</summary>
    public static IEnvironment<TObs, TAction> WithAutoreset<TObs, TAction>(this IEnvironment<TObs, TAction> env) =>
        new Autoreset<TObs, TAction>(env);

    /// <summary>
    /// Gymnasium's <c>RecordVideo</c>, as animated GIFs in <paramref name="folder"/> (the environment must render RgbArray);
    /// find the files with <c>TryFind&lt;IVideoRecorder&gt;</c>.
    /// </summary>
    /// <param name="env">The environment.</param>
    /// <param name="folder">Where the GIFs go (created when needed; existing files are never overwritten).</param>
    /// <param name="episodeTrigger">Records the episodes whose id (from 0) it accepts; <see cref="VideoSchedules.CappedCubic"/> when both triggers are null.</param>
    /// <param name="stepTrigger">Starts a recording at the steps whose id (from 1) it accepts.</param>
    /// <param name="videoLength">Frames per video; 0 records to the end of the episode.</param>
    /// <param name="namePrefix">The start of every file name.</param>
    public static IEnvironment<TObs, TAction> WithRecordVideo<TObs, TAction>(
        this IEnvironment<TObs, TAction> env, string folder, Func<int, bool>? episodeTrigger = null, Func<long, bool>? stepTrigger = null,
        int videoLength = 0, string namePrefix = "rl-video") =>
        new RecordVideo<TObs, TAction>(env, folder, episodeTrigger, stepTrigger, videoLength, namePrefix);

    /// <summary>Gymnasium's <c>RenderCollection</c>: keeps the frame of every reset and step; take them with <c>TryFind&lt;IRenderCollection&gt;</c>.</summary>
    public static IEnvironment<TObs, TAction> WithRenderCollection<TObs, TAction>(this IEnvironment<TObs, TAction> env, bool resetClean = true) =>
        new RenderCollection<TObs, TAction>(env, resetClean);

    // ---- Vector wrappers ----

    /// <summary>Gymnasium's vector <c>RecordEpisodeStatistics</c>: <c>info["episode"]</c> on the copy whose episode ended; find the history with <c>TryFind&lt;IEpisodeStatisticsSource&gt;</c>.</summary>
    public static IVectorEnvironment<TObs, TAction> WithRecordEpisodeStatistics<TObs, TAction>(this IVectorEnvironment<TObs, TAction> env, int bufferLength = 100) =>
        new VectorRecordEpisodeStatistics<TObs, TAction>(env, bufferLength);

    /// <summary>The vector RecordEpisodeStatistics under this library's older name.</summary>
    public static IVectorEnvironment<TObs, TAction> WithEpisodeStatistics<TObs, TAction>(this IVectorEnvironment<TObs, TAction> env, int bufferLength = 100) =>
        new VectorRecordEpisodeStatistics<TObs, TAction>(env, bufferLength);

    /// <summary>Gymnasium's vector <c>TransformObservation</c>: every copy's observation goes through <paramref name="transform"/> into <paramref name="space"/>.</summary>
    public static IVectorEnvironment<TOut, TAction> WithTransformObservation<TIn, TOut, TAction>(
        this IVectorEnvironment<TIn, TAction> env, Func<TIn, TOut> transform, ISpace<TOut> space) =>
        new VectorTransformObservation<TIn, TOut, TAction>(env, transform, space);

    /// <summary>Gymnasium's vector <c>TransformReward</c>: every copy's reward goes through <paramref name="transform"/>.</summary>
    public static IVectorEnvironment<TObs, TAction> WithTransformReward<TObs, TAction>(this IVectorEnvironment<TObs, TAction> env, Func<double, double> transform) =>
        new VectorTransformReward<TObs, TAction>(env, transform);
}
