using RlGym.Core.Registry;
using RlGym.Core.Spaces;
using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Tests.Rendering.Gif;
using RlGym.Core.Wrappers;
using RlGym.Core.Wrappers.Common;

namespace RlGym.Core.Tests.Wrappers;

/// <summary>What each Gymnasium wrapper does, on fixtures whose numbers can be worked out by hand.</summary>
public sealed class GymnasiumWrapperTests
{
    private static IEnvironment<float[], int> Counter(int? limit = null, RenderMode mode = RenderMode.None)
    {
        var env = new CounterEnvironment(new EnvContext(new EnvSpec("Counter-v0") { RenderFps = 20 }, EnvOptions.Empty, mode));
        return limit is int l ? env.WithTimeLimit(l) : env;
    }

    [Fact]
    public void ClipAction_and_RescaleAction_map_actions_onto_the_bounds()
    {
        var inner = new BoxActionEnvironment([0f, -2f], [1f, 2f]);
        using var clipped = inner.WithClipAction();
        clipped.Reset();
        clipped.Step([5f, -7f]);
        Assert.Equal([1f, -2f], inner.Received[^1]);
        Assert.Equal("Box(-Infinity, Infinity, (2,), float32)", clipped.ActionSpace.ToString());

        using var rescaled = inner.WithRescaleAction(-1f, 1f);
        rescaled.Step([0f, 1f]);
        Assert.Equal([0.5f, 2f], inner.Received[^1]);
        Assert.Throws<InvalidActionException>(() => rescaled.Step([2f, 0f]));
    }

    [Fact]
    public void DiscretizeAction_picks_evenly_spaced_values_item_zero_most_significant()
    {
        var inner = new BoxActionEnvironment([0f, -2f], [1f, 2f]);
        using var env = inner.WithDiscretizeAction(3);
        Assert.Equal(9, ((Discrete)env.ActionSpace).N);
        env.Step(5);
        // 5 = 1 * 3 + 2: item 0 takes its middle value, item 1 its highest.
        Assert.Equal([0.5f, 2f], inner.Received[^1]);
    }

    [Fact]
    public void DiscretizeObservation_numbers_the_bins_item_zero_most_significant()
    {
        using var env = Counter().WithRescaleObservation(0f, 1f).WithDiscretizeObservation(4);
        Assert.Equal(16, ((Discrete)env.ObservationSpace).N);
        // Counter observes [position, start] in Box(-1000, 1000): both near the middle, so bin 2 of 4 each.
        Assert.Equal(2 * 4 + 2, env.Reset(seed: 0).Observation);
    }

    [Fact]
    public void Autoreset_resets_on_the_step_after_the_end_with_zero_reward()
    {
        using var env = Counter(limit: 2).WithAutoreset();
        env.Reset(seed: 1);
        env.Step(1);
        var end = env.Step(1);
        Assert.True(end.Truncated);
        var reset = env.Step(1);
        Assert.Equal((0.0, false, false), (reset.Reward, reset.Terminated, reset.Truncated));
        Assert.Equal(reset.Observation[1], reset.Observation[0]);
        Assert.Equal(1.0, env.Step(1).Reward);
    }

    [Fact]
    public void StickyAction_repeats_under_a_seed_and_sometimes_keeps_the_previous_action()
    {
        static List<float> Positions(ulong seed)
        {
            using var env = Counter().WithStickyAction(0.5);
            var positions = new List<float> { env.Reset(seed).Observation[0] };
            for (int t = 0; t < 30; t++)
            {
                positions.Add(env.Step(t % 2).Observation[0]);
            }
            return positions;
        }

        var a = Positions(9);
        Assert.Equal(a, Positions(9));
        // Alternating actions alone would return to the start every two steps; a repeated action breaks that.
        Assert.Contains(a.Skip(1).Where((_, i) => i % 2 == 1), p => p != a[0]);
    }

    [Fact]
    public void RepeatAction_and_MaxAndSkip_sum_the_rewards_of_the_repeats()
    {
        using var repeated = Counter().WithRepeatAction(3);
        float start = repeated.Reset(seed: 2).Observation[0];
        var r = repeated.Step(1);
        Assert.Equal((3.0, start + 3), (r.Reward, r.Observation[0]));

        using var skipped = Counter().WithMaxAndSkipObservation(4);
        start = skipped.Reset(seed: 2).Observation[0];
        r = skipped.Step(0);
        // Moving down four times: the maximum of the last two positions is the third one.
        Assert.Equal((0.0, start - 3), (r.Reward, r.Observation[0]));
    }

    [Fact]
    public void DelayObservation_returns_zeros_then_the_observation_from_delay_steps_ago()
    {
        using var env = Counter().WithDelayObservation(2);
        Assert.Equal([0f, 0f], env.Reset(seed: 3).Observation);
        float start = env.Step(1).Observation[0];
        Assert.Equal(0f, start);
        var delayed = env.Step(1).Observation;
        Assert.Equal(delayed[1], delayed[0]);
        Assert.Equal(delayed[1] + 1, env.Step(1).Observation[0]);
    }

    [Fact]
    public void TimeAwareObservation_appends_the_step_count()
    {
        using var env = Counter().WithTimeAwareObservation(maxEpisodeSteps: 10, normalizeTime: true);
        Assert.Equal(3, env.ObservationSpace.Shape[0]);
        Assert.Equal(0f, env.Reset(seed: 0).Observation[2]);
        env.Step(1);
        Assert.Equal(0.2f, env.Step(1).Observation[2]);
        var error = Assert.Throws<ArgumentException>(() => Counter().WithTimeAwareObservation());
        Assert.Contains("MaxEpisodeSteps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClipReward_and_TransformReward_change_only_the_reward()
    {
        using var env = Counter().WithTransformReward(r => 10 * r).WithClipReward(0, 5);
        env.Reset(seed: 0);
        Assert.Equal(5.0, env.Step(1).Reward);
        Assert.Equal(0.0, env.Step(0).Reward);
    }

    [Fact]
    public void RenderCollection_keeps_the_frame_of_every_reset_and_step()
    {
        using var env = Counter(mode: RenderMode.Ansi).WithRenderCollection();
        env.Reset(seed: 0);
        env.Step(1);
        env.Step(1);
        Assert.True(env.TryFind<IRenderCollection>(out var collection));
        var frames = collection.TakeFrames();
        Assert.Equal(3, frames.Count);
        Assert.Empty(collection.Frames);
        Assert.NotEqual(frames[0].Text, frames[2].Text);
    }

    [Fact]
    public void RecordVideo_records_the_capped_cubic_episodes_as_gifs_with_one_frame_per_reset_and_step()
    {
        string folder = Directory.CreateTempSubdirectory("rlgym-video-").FullName;
        try
        {
            using (var env = Counter(limit: 3, mode: RenderMode.RgbArray).WithRecordVideo(folder))
            {
                for (int episode = 0; episode < 3; episode++)
                {
                    env.Reset(seed: (ulong)episode);
                    while (!env.Step(1).IsDone)
                    {
                    }
                }
            }
            string[] files = [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
            Assert.Equal(["rl-video-episode-0.gif", "rl-video-episode-1.gif"], files);
            var gif = new GifReader(File.ReadAllBytes(Path.Combine(folder, files[0])));
            Assert.Equal(4, gif.Frames.Count);
            Assert.All(gif.Frames, f => Assert.Equal(5, f.Delay));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void RecordVideo_step_trigger_records_a_clip_of_the_given_length_and_never_overwrites()
    {
        string folder = Directory.CreateTempSubdirectory("rlgym-video-").FullName;
        try
        {
            for (int run = 0; run < 2; run++)
            {
                using var env = Counter(mode: RenderMode.RgbArray).WithRecordVideo(folder, stepTrigger: s => s == 2, videoLength: 3);
                env.Reset(seed: 0);
                for (int t = 0; t < 6; t++)
                {
                    env.Step(1);
                }
            }
            string[] files = [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
            Assert.Equal(["rl-video-step-2-1.gif", "rl-video-step-2.gif"], files);
            Assert.Equal(3, new GifReader(File.ReadAllBytes(Path.Combine(folder, "rl-video-step-2.gif"))).Frames.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Capped_cubic_schedule_is_gymnasiums()
    {
        int[] picked = [.. Enumerable.Range(0, 3001).Where(VideoSchedules.CappedCubic)];
        Assert.Equal([0, 1, 8, 27, 64, 125, 216, 343, 512, 729, 1000, 2000, 3000], picked);
    }

    [Fact]
    public void Image_wrappers_resize_grey_and_reshape()
    {
        var pixels = new byte[4 * 4 * 3];
        for (int i = 0; i < 16; i++)
        {
            pixels[i * 3] = 200;
            pixels[i * 3 + 1] = 100;
        }
        using var env = new ImageEnvironment(pixels, 4, 4).WithGrayscaleObservation().WithResizeObservation(2, 2).WithReshapeObservation(4);
        var grey = env.Reset().Observation;
        // 0.2125 * 200 + 0.7154 * 100 = 114.04, truncated; uniform, so resizing keeps it.
        Assert.Equal([114, 114, 114, 114], grey);
        Assert.Equal("Box(0, 255, (4,), uint8)", env.ObservationSpace.ToString());
    }

    [Fact]
    public void Filter_and_flatten_observation_keep_the_keys_asked_for()
    {
        var dict = new DictSpace(
            KeyValuePair.Create("b", (ISpace)new Discrete(3)),
            KeyValuePair.Create("a", (ISpace)new Box<float>(0f, 1f, 1)),
            KeyValuePair.Create("c", (ISpace)new MultiBinary(2)));
        using var env = new DictEnvironment(dict).WithFilterObservation("c", "b").WithFlattenObservation();
        Assert.Equal(5, env.ObservationSpace.Shape[0]);
        // b = 2 one-hot then c = [1, 0], in ordinal key order.
        Assert.Equal([0f, 0f, 1f, 1f, 0f], env.Reset().Observation);
        var error = Assert.Throws<ArgumentException>(() => new DictEnvironment(dict).WithFilterObservation("z"));
        Assert.Contains("'z'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRenderObservation_observes_the_frame()
    {
        using var env = Counter(mode: RenderMode.RgbArray).WithAddRenderObservation();
        Assert.Throws<InvalidOperationException>(() => env.Step(1));
        byte[] frame = env.Reset(seed: 4).Observation;
        Assert.Equal("Box(0, 255, (1, 1, 3), uint8)", env.ObservationSpace.ToString());
        Assert.Equal(frame[0] + 1, env.Step(1).Observation[0]);
        Assert.Throws<ArgumentException>(() => Counter().WithAddRenderObservation());
    }

    private sealed class ImageEnvironment(byte[] pixels, int height, int width) : Wrapper<byte[], int>(new CounterEnvironment().WithTransformObservation(_ => pixels, new Box<byte>(0, 255, height, width, 3)));

    private sealed class DictEnvironment(DictSpace space) : Wrapper<IReadOnlyDictionary<string, object>, int>(
        new CounterEnvironment().WithTransformObservation(_ => (IReadOnlyDictionary<string, object>)new Dictionary<string, object> { ["a"] = new[] { 0.5f }, ["b"] = 2, ["c"] = new byte[] { 1, 0 } }, space));
}
