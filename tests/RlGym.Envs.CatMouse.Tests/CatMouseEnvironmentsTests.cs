using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests;

public sealed class CatMouseEnvironmentsTests
{
    [Fact]
    public void Registers_the_environments_with_their_specs()
    {
        var registry = TestKit.Environments();
        Assert.Equal([CatMouseEnvironments.CatMouseId, CatMouseEnvironments.ContestId, CatMouseEnvironments.DuelId], registry.Ids);
        var single = registry.Spec("CatMouse-v0");
        Assert.Equal(10, single.MaxEpisodeSteps);
        Assert.Equal([RenderMode.Ansi, RenderMode.RgbArray], single.RenderModes);
        Assert.False(single.MultiAgent);
        var duel = registry.Spec("CatMouseDuel-v0");
        Assert.True(duel.MultiAgent);
        Assert.Null(duel.MaxEpisodeSteps);
        Assert.Equal([RenderMode.Ansi, RenderMode.RgbArray], duel.RenderModes);
        var contest = registry.Spec("CatMouseContest-v0");
        Assert.True(contest.MultiAgent);
        Assert.Equal(CatMouseEnvironments.ContestOptions, contest.DefaultOptions);
    }

    [Fact]
    public void The_actions_option_picks_the_action_type()
    {
        var registry = TestKit.Environments();
        using var discrete = registry.Make<CatMouseObservation, int>("CatMouse-v0");
        Assert.Equal("Discrete(4)", discrete.ActionSpace.ToString());
        Assert.Same(discrete.ObservationSpace, discrete.ObservationSpace);
        Assert.Equal("CatMouse-v0", discrete.Spec?.Id);
        using var compass = registry.Make<CatMouseObservation, float[]>("CatMouse-v0", EnvOptions.Of(("actions", "compass")));
        Assert.Equal([1], compass.ActionSpace.Shape);
        var error = Assert.Throws<ArgumentException>(() => registry.Make<CatMouseObservation, int>("CatMouse-v0", EnvOptions.Of(("actions", "compass"))));
        Assert.Contains("Single", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => registry.Make<CatMouseObservation, int>("CatMouseDuel-v0"));
    }

    [Fact]
    public void Registering_twice_is_refused()
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        CatMouseEnvironments.Register(environments, agents);
        Assert.Throws<ArgumentException>(() => CatMouseEnvironments.Register(environments, agents));
        Assert.Throws<ArgumentNullException>(() => CatMouseEnvironments.Register(null!, agents));
    }

    [Fact]
    public void Registers_the_teacher_agent()
    {
        var (_, agents) = TestKit.Registries();
        Assert.Contains(agents.Factories, f => f.Name == "teacher");
    }
}
