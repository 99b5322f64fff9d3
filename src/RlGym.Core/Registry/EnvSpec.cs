using System.Text.RegularExpressions;

namespace RlGym.Core.Registry;

/// <summary>
/// How an environment is registered (Gymnasium's <c>EnvSpec</c>): its id of the form
/// <c>[namespace/]Name-vN</c> and the settings <see cref="EnvRegistry.Make{TObs,TAction}"/> applies.
/// </summary>
public sealed partial record EnvSpec
{
    /// <summary>Creates a spec, validating the id.</summary>
    /// <exception cref="ArgumentException">When the id is not of the form [namespace/]Name-vN.</exception>
    public EnvSpec(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var match = IdPattern().Match(id);
        if (!match.Success)
        {
            throw new ArgumentException($"Environment id '{id}' is not of the form [namespace/]Name-vN (for example 'CatMouse-v0' or 'Doom/Basic-v0').", nameof(id));
        }
        Id = id;
        Namespace = match.Groups["ns"].Success ? match.Groups["ns"].Value : null;
        Name = match.Groups["name"].Value;
        Version = int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The full id, such as <c>CatMouse-v0</c>.</summary>
    public string Id { get; }

    /// <summary>The namespace before the slash, if any.</summary>
    public string? Namespace { get; }

    /// <summary>The name between the namespace and the version.</summary>
    public string Name { get; }

    /// <summary>The version number after <c>-v</c>.</summary>
    public int Version { get; }

    /// <summary>A time limit <c>Make</c> applies with a TimeLimit wrapper (truncation); null for none.</summary>
    public int? MaxEpisodeSteps { get; init; }

    /// <summary>The return at which the task counts as solved, if there is one.</summary>
    public double? RewardThreshold { get; init; }

    /// <summary>True when the same seed and actions need not reproduce a trajectory (say why in <see cref="Description"/>).</summary>
    public bool Nondeterministic { get; init; }

    /// <summary>
    /// True when the first observation never depends on the seed (a fixed start: the seed only drives what follows), so
    /// the invariant kit's check that different seeds give different first observations does not apply.
    /// </summary>
    public bool DeterministicByDesign { get; init; }

    /// <summary>Whether <c>Make</c> adds the OrderEnforcing wrapper (default true).</summary>
    public bool OrderEnforce { get; init; } = true;

    /// <summary>Whether <c>Make</c> leaves out the PassiveEnvChecker wrapper (default false).</summary>
    public bool DisableEnvChecker { get; init; }

    /// <summary>Options passed to the constructor unless the caller overrides them.</summary>
    public EnvOptions DefaultOptions { get; init; } = EnvOptions.Empty;

    /// <summary>One line on what the environment is, shown by <c>rlgym list</c>.</summary>
    public string Description { get; init; } = "";

    /// <summary>The render modes the environment supports besides <see cref="RenderMode.None"/> (Gymnasium's <c>metadata["render_modes"]</c>).</summary>
    public IReadOnlyList<RenderMode> RenderModes { get; init; } = [];

    /// <summary>Frames per second a viewer should show rendered frames at (Gymnasium's <c>metadata["render_fps"]</c>).</summary>
    public int RenderFps { get; init; } = 4;

    /// <summary>True for a multi-agent (parallel) environment.</summary>
    public bool MultiAgent { get; init; }

    [GeneratedRegex(@"^(?:(?<ns>[A-Za-z][\w.\-]*)/)?(?<name>[A-Za-z][\w.\-]*?)-v(?<version>\d+)$")]
    private static partial Regex IdPattern();
}
