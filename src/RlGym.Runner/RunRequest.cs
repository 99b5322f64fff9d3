using RlGym.Core;

namespace RlGym.Runner;

/// <summary>Which registered environment to run and which agents act in it.</summary>
/// <param name="EnvironmentId">The registered id, such as <c>CatMouse-v0</c>.</param>
public sealed record RunRequest(string EnvironmentId)
{
    /// <summary>
    /// Agent specs. A single-agent environment takes at most one (<c>random</c> when none). A multi-agent one takes
    /// <c>role=spec</c> items (<c>cat=teacher</c>) and at most one bare spec for every role not named; roles left
    /// over get <c>random</c>.
    /// </summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    /// <summary>Options passed to the environment's factory.</summary>
    public EnvOptions Options { get; init; } = EnvOptions.Empty;

    /// <summary>How the environment renders; it must be one of the spec's render modes unless it is <see cref="RenderMode.None"/>.</summary>
    public RenderMode RenderMode { get; init; } = RenderMode.None;

    /// <summary>
    /// How many copies of the environment, each with its own agents, play episodes at once, each on its own thread
    /// (<see cref="EpisodeRunner.RunWorkers{TObs,TAction}"/>); 1 plays them one after another on the calling thread.
    /// More than 1 needs a single-agent environment and no rendering.
    /// </summary>
    public int Workers { get; init; } = 1;
}
