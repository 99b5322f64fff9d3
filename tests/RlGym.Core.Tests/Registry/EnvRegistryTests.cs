using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Wrappers;

namespace RlGym.Core.Tests.Registry;

public sealed class EnvRegistryTests
{
    private static EnvRegistry MakeRegistry()
    {
        var registry = new EnvRegistry();
        registry.Register(new EnvSpec("Counter-v0") { MaxEpisodeSteps = 5, RenderModes = [RenderMode.Ansi] }, ctx => new CounterEnvironment(ctx));
        registry.Register(new EnvSpec("Counter-v1"), ctx => new CounterEnvironment(ctx));
        registry.Register(new EnvSpec("tests/Counter-v0") { OrderEnforce = false, DisableEnvChecker = true }, ctx => new CounterEnvironment(ctx));
        registry.RegisterParallel(new EnvSpec("Tag-v0"), _ => new TagEnvironment());
        return registry;
    }

    [Theory]
    [InlineData("CatMouse-v0", null, "CatMouse", 0)]
    [InlineData("Doom/Basic-v12", "Doom", "Basic", 12)]
    [InlineData("my.ns/Some-Env_x-v3", "my.ns", "Some-Env_x", 3)]
    public void Ids_parse_into_namespace_name_and_version(string id, string? ns, string name, int version)
    {
        var spec = new EnvSpec(id);
        Assert.Equal(ns, spec.Namespace);
        Assert.Equal(name, spec.Name);
        Assert.Equal(version, spec.Version);
    }

    [Theory]
    [InlineData("CatMouse")]
    [InlineData("CatMouse-v")]
    [InlineData("/CatMouse-v0")]
    [InlineData("Cat Mouse-v0")]
    public void Malformed_ids_are_rejected_with_the_expected_form(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => new EnvSpec(id));
        Assert.Contains("[namespace/]Name-vN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Make_wraps_with_checker_order_enforcing_and_time_limit_and_carries_the_spec()
    {
        using var env = MakeRegistry().Make<float[], int>("Counter-v0");
        Assert.Equal("Counter-v0", env.Spec?.Id);
        Assert.True(env.TryFind<IWrapper>(out _));
        Assert.IsType<CounterEnvironment>(env.Unwrapped());
        env.Reset(seed: 1);
        StepResult<float[]> last = default;
        for (int i = 0; i < 5; i++)
        {
            last = env.Step(0);
        }
        Assert.True(last.Truncated);
        Assert.False(last.Terminated);
        var error = Assert.Throws<InvalidOperationException>(() => env.Step(0));
        Assert.Contains("Reset()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_episode_steps_option_overrides_the_spec()
    {
        using var env = MakeRegistry().Make<float[], int>("Counter-v0", EnvOptions.Of(("max_episode_steps", "2")));
        env.Reset(seed: 1);
        Assert.False(env.Step(1).Truncated);
        Assert.True(env.Step(1).Truncated);
    }

    [Fact]
    public void Step_before_reset_says_to_call_reset()
    {
        using var env = MakeRegistry().Make<float[], int>("Counter-v1");
        var error = Assert.Throws<InvalidOperationException>(() => env.Step(1));
        Assert.Contains("Counter-v1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Reset()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spec_flags_leave_wrappers_out()
    {
        using var env = MakeRegistry().Make<float[], int>("tests/Counter-v0");
        Assert.Equal("tests/Counter-v0", env.Spec?.Id);
        Assert.False(env.TryFind<IEpisodeStatisticsSource>(out _));
        Assert.IsType<CounterEnvironment>(env.Unwrapped());
    }

    [Fact]
    public void Unknown_ids_list_the_closest_registered_ones()
    {
        var error = Assert.Throws<UnknownEnvironmentException>(() => MakeRegistry().Make<float[], int>("Countr-v0"));
        Assert.Contains("Countr-v0", error.Message, StringComparison.Ordinal);
        Assert.Equal("Counter-v0", error.Closest[0]);
        Assert.Contains("rlgym list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_versions_name_the_registered_versions()
    {
        var error = Assert.Throws<UnknownEnvironmentException>(() => MakeRegistry().Make<float[], int>("Counter-v7"));
        Assert.Contains("version 7 does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("Counter-v0, Counter-v1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_types_and_wrong_kind_are_explained()
    {
        var registry = MakeRegistry();
        var types = Assert.Throws<ArgumentException>(() => registry.Make<int, int>("Counter-v0"));
        Assert.Contains("Single[]", types.Message, StringComparison.Ordinal);
        var kind = Assert.Throws<ArgumentException>(() => registry.Make<int, int>("Tag-v0"));
        Assert.Contains("MakeParallel", kind.Message, StringComparison.Ordinal);
        using var tag = registry.MakeParallel<int, int>("Tag-v0");
        Assert.True(registry.Spec("Tag-v0").MultiAgent);
    }

    [Fact]
    public void Unknown_options_are_rejected_by_the_environment()
    {
        var error = Assert.Throws<UserInputException>(() => MakeRegistry().Make<float[], int>("Counter-v0", EnvOptions.Of(("unusd", 1))));
        Assert.Contains("'unusd'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'unused'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_registration_is_an_error()
    {
        var registry = MakeRegistry();
        Assert.Throws<ArgumentException>(() => registry.Register(new EnvSpec("Counter-v0"), ctx => new CounterEnvironment(ctx)));
    }

    [Fact]
    public void Visitor_receives_the_static_types()
    {
        var registry = MakeRegistry();
        Assert.Equal("Single[]->Int32", registry.Make("Counter-v0", new TypeNameVisitor()));
        Assert.Equal("parallel Int32->Int32", registry.Make("Tag-v0", new TypeNameVisitor()));
    }

    [Fact]
    public void Ids_and_specs_are_sorted()
    {
        Assert.Equal(["Counter-v0", "Counter-v1", "Tag-v0", "tests/Counter-v0"], MakeRegistry().Ids);
    }

    private sealed class TypeNameVisitor : IEnvironmentVisitor<string>
    {
        public string Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            return $"{typeof(TObs).Name}->{typeof(TAction).Name}";
        }

        public string VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            return $"parallel {typeof(TObs).Name}->{typeof(TAction).Name}";
        }
    }

    [Fact]
    public void An_unversioned_id_makes_the_latest_registered_version()
    {
        var registry = MakeRegistry();

        using var env = registry.Make<float[], int>("Counter");

        Assert.Equal("Counter-v1", env.Spec!.Id);
        Assert.Equal("tests/Counter-v0", registry.Spec("tests/Counter").Id);
        Assert.True(registry.Contains("Counter"));
        Assert.Throws<UnknownEnvironmentException>(() => registry.Spec("Countr"));
    }
}
