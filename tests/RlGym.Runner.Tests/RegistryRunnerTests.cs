using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests;

public sealed class RegistryRunnerTests
{
    private readonly EnvRegistry _environments;
    private readonly AgentRegistry _agents;

    public RegistryRunnerTests() => (_environments, _agents) = TestRegistry.Create();

    private RunResult Run(RunRequest request, int episodes = 2, ulong seed = 10) =>
        RegistryRunner.Run(_environments, _agents, request, new RunOptions { Episodes = episodes, Seed = seed });

    [Fact]
    public void A_single_agent_environment_runs_the_named_agent()
    {
        var result = Run(new RunRequest("Test/Scripted-v0") { Agents = ["scripted:2"] });

        Assert.Equal("Test/Scripted-v0", result.Summary.Run.EnvironmentId);
        Assert.Equal(["scripted:2"], result.Summary.Run.Agents);
        Assert.Equal([6.0, 8.0], result.Episodes.Select(e => e.Return));
    }

    [Fact]
    public void Without_an_agent_the_random_agent_acts()
    {
        var result = Run(new RunRequest("Test/Noisy-v0"));

        Assert.Equal(["random"], result.Summary.Run.Agents);
    }

    [Fact]
    public void The_time_limit_of_an_option_truncates_episodes()
    {
        // Seed 11 would take 4 steps; the registry's TimeLimit cuts it at 2.
        var result = Run(new RunRequest("Test/Scripted-v0") { Agents = ["scripted:1"], Options = EnvOptions.Of(("max_episode_steps", 2)) }, episodes: 1, seed: 11);

        var episode = Assert.Single(result.Episodes);
        Assert.Equal((2, true, false), (episode.Length, episode.Truncated, episode.Terminated));
    }

    [Fact]
    public void Multi_agent_roles_take_role_specs_and_a_bare_spec_fills_the_rest()
    {
        var result = Run(new RunRequest("Test/Duel-v0") { Agents = ["b=scripted:2", "scripted:0"] });

        Assert.Equal(["scripted:0", "scripted:2"], result.Summary.Run.Agents);
        Assert.All(result.Episodes, e => Assert.Equal([3.0, 4.0], e.Returns));
    }

    [Fact]
    public void Roles_left_without_an_agent_get_the_random_agent()
    {
        var result = Run(new RunRequest("Test/Duel-v0") { Agents = ["a=scripted:1"] });

        Assert.Equal(["scripted:1", "random"], result.Summary.Run.Agents);
    }

    [Fact]
    public void An_unknown_role_is_refused_with_the_roles_there_are()
    {
        var error = Assert.Throws<UserInputException>(() => Run(new RunRequest("Test/Duel-v0") { Agents = ["dog=random"] }));

        Assert.Equal("Environment 'Test/Duel-v0' has no role 'dog' (in 'dog=random'); its roles are: a, b.", error.Message);
    }

    [Fact]
    public void A_role_given_two_agents_is_refused()
    {
        var error = Assert.Throws<UserInputException>(() => Run(new RunRequest("Test/Duel-v0") { Agents = ["a=random", "a=scripted:1"] }));

        Assert.Contains("Role 'a' of 'Test/Duel-v0' was given two agents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_on_a_single_agent_environment_is_refused()
    {
        var error = Assert.Throws<UserInputException>(() => Run(new RunRequest("Test/Scripted-v0") { Agents = ["cat=random"] }));

        Assert.Contains("is single-agent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_agent_names_the_known_ones()
    {
        var error = Assert.Throws<UnknownAgentException>(() => Run(new RunRequest("Test/Scripted-v0") { Agents = ["scriptd"] }));

        Assert.Contains("did you mean 'scripted'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_render_mode_the_environment_lacks_is_refused_with_its_modes()
    {
        var error = Assert.Throws<UserInputException>(() => Run(new RunRequest("Test/Noisy-v0") { RenderMode = RenderMode.Ansi }));

        Assert.Equal("Environment 'Test/Noisy-v0' cannot render ansi; its render modes are: none.", error.Message);
    }

    [Fact]
    public void The_requested_render_mode_reaches_the_frames()
    {
        var frames = new RecordingSink();

        RegistryRunner.Run(_environments, _agents, new RunRequest("Test/Scripted-v0") { RenderMode = RenderMode.RgbArray, Agents = ["scripted:0"] },
            new RunOptions { Episodes = 1, Seed = 12, Frames = frames });

        Assert.Equal(3, frames.Frames.Count);
        Assert.All(frames.Frames, f => Assert.Equal(RenderMode.RgbArray, f.Frame.Mode));
    }

    [Fact]
    public void An_unknown_environment_lists_the_closest_ids()
    {
        var error = Assert.Throws<UnknownEnvironmentException>(() => Run(new RunRequest("Test/Scripted-v1")));

        Assert.Contains("Test/Scripted-v0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workers_play_their_own_copies_and_give_the_episodes_of_one_worker()
    {
        var made = new List<ScriptedEnvironment>();
        _environments.Register(new EnvSpec("Test/Made-v0"), _ =>
        {
            var environment = new ScriptedEnvironment();
            lock (made)
            {
                made.Add(environment);
            }
            return environment;
        });

        var alone = Run(new RunRequest("Test/Noisy-v0"), episodes: 60);
        var workers = Run(new RunRequest("Test/Noisy-v0") { Workers = 3 }, episodes: 60);
        var scripted = Run(new RunRequest("Test/Made-v0") { Agents = ["scripted:2"], Workers = 3 }, episodes: 30);

        Assert.Equal(alone.Episodes.Select(e => (e.Seed, e.Return, e.Length)), workers.Episodes.Select(e => (e.Seed, e.Return, e.Length)));
        Assert.Equal(["random"], workers.Summary.Run.Agents);
        Assert.Equal(3, made.Count);
        Assert.All(made, e => Assert.True(e.Disposed));
        Assert.Equal(30, made.Sum(e => e.ResetSeeds.Count));
        Assert.Equal(30, scripted.Summary.Episodes);
    }

    [Fact]
    public void Workers_of_a_multi_agent_environment_are_refused_with_the_count()
    {
        var error = Assert.Throws<UserInputException>(() => Run(new RunRequest("Test/Duel-v0") { Workers = 2 }));

        Assert.Equal("Environment 'Test/Duel-v0' is multi-agent; workers run single-agent environments, so run it with one worker, not 2.", error.Message);
    }

    [Fact]
    public void Rendering_with_workers_is_refused_before_anything_is_made()
    {
        int made = 0;
        _environments.Register(new EnvSpec("Test/Rendered-v0") { RenderModes = [RenderMode.Ansi] }, _ =>
        {
            made++;
            return new ScriptedEnvironment(RenderMode.Ansi);
        });

        var error = Assert.Throws<UserInputException>(() => Run(new RunRequest("Test/Rendered-v0") { RenderMode = RenderMode.Ansi, Workers = 2 }));

        Assert.Equal("Rendering shows one environment at a time; render with one worker, not 2.", error.Message);
        Assert.Equal(0, made);
    }
}
