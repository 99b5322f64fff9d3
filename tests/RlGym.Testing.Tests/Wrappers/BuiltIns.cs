using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
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
/// <remarks>
/// The wrapper kits run on <see cref="Layouts"/>: one built-in for each distinct pair of observation and action
/// spaces. A wrapper sees an environment only through its spaces and the values in them, so two Doom scenarios with the
/// same Dict and the same buttons, or two NetHack tasks with the same keys, are one case for it; a scenario or task
/// registered with spaces of its own becomes a case by itself. Every built-in is still checked unwrapped
/// (<see cref="BuiltInChecksTests"/> and its own project's tests).
/// </remarks>
internal static class BuiltIns
{
    public const string CatMouse = CatMouseEnvironments.CatMouseId;

    public static EnvRegistry Registry { get; } = Create();

    public static IReadOnlyList<string> Doom { get; } = [.. DoomScenarios.All.Select(s => s.Id)];

    public static IReadOnlyList<string> NetHack { get; } = [.. NetHackEnvironments.Tasks.Keys];

    /// <summary>CatMouse with the seed's compass action Box(0, 1, (1,)): the built-in with continuous actions.</summary>
    public static EnvOptions Compass { get; } = EnvOptions.Of(("actions", "compass"));

    public static TheoryData<string> All() => [CatMouse, .. Doom, .. NetHack];

    /// <summary>
    /// The first built-in (in <see cref="All"/>'s order) of each distinct pair of observation and action spaces, as the
    /// spaces describe themselves (a Box with bounds that differ item by item is described by its shape and type).
    /// </summary>
    public static IReadOnlyList<string> LayoutIds { get; } = FirstOfEachLayout();

    /// <summary><see cref="LayoutIds"/> as theory data.</summary>
    public static TheoryData<string> Layouts() => [.. LayoutIds];

    /// <summary>The Doom scenarios among <see cref="LayoutIds"/>.</summary>
    public static TheoryData<string> DoomLayouts() => [.. LayoutIds.Where(Doom.Contains)];

    /// <summary>The NetHack tasks among <see cref="LayoutIds"/>.</summary>
    public static TheoryData<string> NetHackLayouts() => [.. LayoutIds.Where(NetHack.Contains)];

    /// <summary>The environments among <see cref="LayoutIds"/> that draw RGB frames (CatMouse and Doom).</summary>
    public static TheoryData<string> RgbLayouts() => [.. LayoutIds.Where(id => id == CatMouse || Doom.Contains(id))];

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

    private static List<string> FirstOfEachLayout()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = new List<string>();
        foreach (string id in (IEnumerable<string>)[CatMouse, .. Doom, .. NetHack])
        {
            if (seen.Add(Registry.Make(id, new SpacesOf(), MakeOptions(id, null))))
            {
                first.Add(id);
            }
        }
        return first;
    }

    private static EnvRegistry Create()
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        CatMouseEnvironments.Register(environments, agents);
        DoomEnvironments.Register(environments, agents);
        NetHackEnvironments.Register(environments, agents);
        return environments;
    }

    /// <summary>Describes an environment by its spaces, and disposes of it.</summary>
    private sealed class SpacesOf : IEnvironmentVisitor<string>
    {
        public string Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            using (environment)
            {
                return $"{environment.ObservationSpace} -> {environment.ActionSpace}";
            }
        }

        public string VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment) =>
            throw new InvalidOperationException("the wrapper kits check single-agent built-ins only");
    }
}
