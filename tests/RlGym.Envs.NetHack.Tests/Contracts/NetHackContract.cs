using RlGym.Core;
using RlGym.Testing;

namespace RlGym.Envs.NetHack.Tests.Contracts;

/// <summary>How hard the invariant kit tries on NetHack: each run of a property starts one or two real games.</summary>
internal static class NetHackContract
{
    public static CheckOptions Options { get; } = new() { MaxTests = 12, MaxSequenceLength = 40, Seed = 20240118 };

    /// <summary>The options with a shorter step limit, for a task whose random episodes rarely end by themselves.</summary>
    public static CheckOptions WithStepLimit(this CheckOptions options, int steps) =>
        options with { EnvironmentOptions = EnvOptions.Of(("max_episode_steps", steps)) };
}
