using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Spaces;

namespace RlGym.Envs.Doom.Tests.Teachers;

public sealed class DoomTeacherTests
{
    private static (double Return, StepResult<IReadOnlyDictionary<string, object>> Last, int Steps) Play<TAction>(string id, ulong seed, EnvOptions? options = null)
    {
        var (environments, agents) = TestKit.Registries();
        using var env = environments.Make<IReadOnlyDictionary<string, object>, TAction>(id, options);
        var teacher = agents.Create("teacher", new AgentContext<IReadOnlyDictionary<string, object>, TAction>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var observation = env.Reset(seed).Observation;
        teacher.BeginEpisode(seed);
        double total = 0;
        int steps = 0;
        while (true)
        {
            var result = env.Step(teacher.Act(observation));
            total += result.Reward;
            steps++;
            observation = result.Observation;
            if (result.IsDone)
            {
                return (total, result, steps);
            }
        }
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void InBasicTheTeacherLinesUpAndKillsTheMonsterQuickly(ulong seed)
    {
        var (total, last, steps) = Play<int>("Doom/Basic-v0", seed);
        Assert.True(last.Terminated);
        Assert.InRange(steps, 1, 80);
        Assert.True(total > 20, $"return {total}");
    }

    [Fact]
    public void InDefendTheCenterTheTeacherKillsWithMostOfItsBullets()
    {
        double[] returns = [.. Enumerable.Range(0, 4).Select(seed => Play<int>("Doom/DefendTheCenter-v0", (ulong)seed).Return)];
        Assert.True(returns.Average() >= 20, $"returns {string.Join(", ", returns)}");
    }

    [Fact]
    public void InHealthGatheringTheTeacherSurvivesOnMedkits()
    {
        var (total, last, steps) = Play<int>("Doom/HealthGathering-v0", 0, EnvOptions.Of(("frame_skip", 4)));
        Assert.True(last.Truncated, "the teacher died on the acid");
        Assert.Equal(525, steps);
        Assert.Equal(2100, total);
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void InMyWayHomeTheTeacherWalksAPlannedPathToTheVest(ulong seed)
    {
        var (total, last, _) = Play<byte[]>("Doom/MyWayHome-v0", seed, EnvOptions.Of(("max_buttons_pressed", 0)));
        Assert.True(last.Terminated);
        Assert.True(total > 0.9, $"return {total}");
    }

    [Theory]
    [InlineData("Doom/SimplerBasic-v0")]
    [InlineData("Doom/RocketBasic-v0")]
    public void InTheBasicVariantsTheTeacherKillsTheMonster(string id)
    {
        var (total, last, steps) = Play<int>(id, 1);
        Assert.True(last.Terminated);
        Assert.InRange(steps, 1, 100);
        Assert.True(total > 20, $"return {total}");
    }

    [Fact]
    public void InDefendTheLineTheTeacherKillsSeveralMonstersBeforeItFalls()
    {
        var (total, last, _) = Play<int>("Doom/DefendTheLine-v0", 0);
        Assert.True(last.Terminated);
        Assert.True(total >= 5, $"return {total}");
    }

    [Fact]
    public void InTakeCoverTheTeacherOutlivesStandingStill()
    {
        var (total, last, _) = Play<int>("Doom/TakeCover-v0", 0, EnvOptions.Of(("frame_skip", 4)));
        Assert.True(last.Terminated);
        var (environments, _) = TestKit.Registries();
        using var env = environments.Make<IReadOnlyDictionary<string, object>, int>("Doom/TakeCover-v0", EnvOptions.Of(("frame_skip", 4)));
        env.Reset(0);
        double still = 0;
        for (var result = env.Step(0); ; result = env.Step(0))
        {
            still += result.Reward;
            if (result.IsDone)
            {
                break;
            }
        }
        Assert.True(total > 2 * still, $"teacher {total}, standing still {still}");
    }

    [Fact]
    public void InHealthGatheringSupremeTheTeacherSurvivesTheMaze()
    {
        var (total, last, _) = Play<int>("Doom/HealthGatheringSupreme-v0", 1, EnvOptions.Of(("frame_skip", 4)));
        Assert.True(last.Truncated, "the teacher died on the acid");
        Assert.Equal(2100, total);
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void InPredictPositionTheTeacherLeadsTheWalkingMonster(ulong seed)
    {
        var (total, last, _) = Play<int>("Doom/PredictPosition-v0", seed);
        Assert.True(last.Terminated);
        Assert.True(total > 0.9, $"return {total}");
    }

    [Fact]
    public void TheTeacherDeclinesEnvironmentsWithoutDoomState()
    {
        var agents = TestKit.Registries().Agents;
        var space = new Discrete(2);
        var error = Assert.Throws<UnknownAgentException>(() =>
            agents.Create("teacher", new AgentContext<int, int>(new MemoryStream(), space, space, null, null)));
        Assert.Contains("the Doom teacher needs a Doom environment", error.Message, StringComparison.Ordinal);
    }
}
