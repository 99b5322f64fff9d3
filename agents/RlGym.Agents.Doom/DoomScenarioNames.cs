using RlGym.Core;
using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom;

/// <summary>
/// Names a built-in Doom scenario either by its map name (<c>basic</c>, <c>defend_the_center</c>, <c>take_cover</c>,
/// <c>health_gathering</c>, <c>my_way_home</c>, <c>deadly_corridor</c>, as ViZDoom's configuration files are named) or
/// by its environment id (<c>Doom/Basic-v0</c>, ...), ignoring case.
/// </summary>
internal static class DoomScenarioNames
{
    /// <summary>Every accepted short name, in scenario order.</summary>
    public static IReadOnlyList<string> ShortNames { get; } = [.. DoomScenarios.All.Select(s => s.Map)];

    /// <summary>The scenario <paramref name="name"/> names.</summary>
    /// <exception cref="ArgumentException">When no built-in scenario has that name or id; the message lists the valid ones.</exception>
    public static DoomScenario Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string wanted = name.Trim();
        foreach (var scenario in DoomScenarios.All)
        {
            if (wanted.Equals(scenario.Map, StringComparison.OrdinalIgnoreCase) || wanted.Equals(scenario.Id, StringComparison.OrdinalIgnoreCase))
            {
                return scenario;
            }
        }
        throw new UserInputException(
            $"Unknown Doom scenario '{name}'; expected one of {string.Join(", ", ShortNames)} (or {string.Join(", ", DoomScenarios.All.Select(s => s.Id))}).");
    }
}
