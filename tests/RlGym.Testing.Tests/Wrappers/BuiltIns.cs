using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Envs.Doom;
using RlGym.Envs.NetHack;
using Xunit;

namespace RlGym.Testing.Tests.Wrappers;

/// <summary>
/// The built-in single-agent environments and how hard the kit tries on each when it checks a wrapped one: every
/// property run makes fresh environments, and a NetHack one starts a real game, so NetHack gets few, short runs
/// (and a 40-step limit so the step-after-end check ends quickly).
/// </summary>
internal static class BuiltIns
{
    public const string CatMouse = CatMouseEnvironments.CatMouseId;

    public static EnvRegistry Registry { get; } = Create();

    public static IReadOnlyList<string> Doom { get; } = [.. DoomScenarios.All.Select(s => s.Id)];

    public static IReadOnlyList<string> NetHack { get; } = [.. NetHackEnvironments.Tasks.Keys];

    /// <summary>CatMouse with the seed's compass action Box(0, 1, (1,)): the built-in with continuous actions.</summary>
    public static EnvOptions Compass { get; } = EnvOptions.Of(("actions", "compass"));

    public static TheoryData<string> All() => [CatMouse, .. Doom, .. NetHack];

    public static TheoryData<string> DoomIds() => [.. Doom];

    public static TheoryData<string> NetHackIds() => [.. NetHack];

    public static TheoryData<string> RgbIds() => [CatMouse, .. Doom];

    public static CheckOptions Options(string id) => id switch
    {
        _ when id.StartsWith("NetHack", StringComparison.Ordinal) => new CheckOptions { MaxTests = 1, MaxSequenceLength = 10, Seed = 12 },
        _ when id.StartsWith("Doom/", StringComparison.Ordinal) => new CheckOptions { MaxTests = 2, MaxSequenceLength = 16, Seed = 12 },
        _ => new CheckOptions { MaxTests = 10, Seed = 12 },
    };

    public static EnvOptions? MakeOptions(string id, EnvOptions? extra) =>
        id.StartsWith("NetHack", StringComparison.Ordinal)
            ? EnvOptions.Of((EnvRegistry.MaxEpisodeStepsOption, 40)).With(extra)
            : extra;

    private static EnvRegistry Create()
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        CatMouseEnvironments.Register(environments, agents);
        DoomEnvironments.Register(environments, agents);
        NetHackEnvironments.Register(environments, agents);
        return environments;
    }
}
