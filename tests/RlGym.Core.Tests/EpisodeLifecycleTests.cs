using RlGym.Core;
using Xunit;

namespace RlGym.Core.Tests;

public sealed class EpisodeLifecycleTests
{
    [Fact]
    public void Step_before_the_first_reset_is_refused_with_the_standard_message()
    {
        var episode = new EpisodeLifecycle("Test/Env-v0");

        var error = Assert.Throws<InvalidOperationException>(episode.EnsureLive);

        Assert.Equal(EnvironmentErrors.StepBeforeReset("Test/Env-v0").Message, error.Message);
        Assert.False(episode.HasStarted);
    }

    [Fact]
    public void An_ended_episode_refuses_steps_until_the_next_begin()
    {
        var episode = new EpisodeLifecycle("Test/Env-v0");
        episode.Begin();
        episode.EnsureLive();
        episode.End();

        var error = Assert.Throws<InvalidOperationException>(episode.EnsureLive);
        Assert.Equal(EnvironmentErrors.StepAfterEnd("Test/Env-v0").Message, error.Message);
        Assert.False(episode.IsLive);

        episode.Begin();
        episode.EnsureLive();
        Assert.True(episode.IsLive);
    }

    [Fact]
    public void After_dispose_every_call_is_refused_and_dispose_reports_only_the_first_time()
    {
        var episode = new EpisodeLifecycle("Test/Env-v0");
        episode.Begin();

        Assert.True(episode.TryDispose());
        Assert.False(episode.TryDispose());

        Assert.Throws<ObjectDisposedException>(episode.EnsureLive);
        Assert.Throws<ObjectDisposedException>(episode.Begin);
        var error = Assert.Throws<ObjectDisposedException>(episode.EnsureNotDisposed);
        Assert.Contains("Test/Env-v0 was disposed", error.Message, StringComparison.Ordinal);
    }
}
