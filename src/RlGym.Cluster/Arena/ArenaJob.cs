using RlGym.Core;
using RlGym.Runner.Arena;

namespace RlGym.Cluster.Arena;

/// <summary>
/// An arena request as it travels to the workers: everything that decides a block's episodes (the thread count does
/// not), plus the run it belongs to so a worker keeps one player per run.
/// </summary>
[GenerateSerializer, Immutable, Alias("rlgym.ArenaJob")]
public sealed class ArenaJob
{
    /// <summary>The run's identity (fresh for every run).</summary>
    [Id(0)] public required string Run { get; init; }

    /// <summary>See <see cref="ArenaRequest.EnvironmentId"/>.</summary>
    [Id(1)] public required string EnvironmentId { get; init; }

    /// <summary>See <see cref="ArenaRequest.RoleA"/>.</summary>
    [Id(2)] public required string RoleA { get; init; }

    /// <summary>See <see cref="ArenaRequest.RoleB"/>.</summary>
    [Id(3)] public required string RoleB { get; init; }

    /// <summary>See <see cref="ArenaRequest.AgentsA"/>.</summary>
    [Id(4)] public required string[] AgentsA { get; init; }

    /// <summary>See <see cref="ArenaRequest.AgentsB"/>.</summary>
    [Id(5)] public required string[] AgentsB { get; init; }

    /// <summary>See <see cref="ArenaRequest.Episodes"/>.</summary>
    [Id(6)] public int Episodes { get; init; }

    /// <summary>See <see cref="ArenaRequest.Seed"/>.</summary>
    [Id(7)] public ulong Seed { get; init; }

    /// <summary>See <see cref="ArenaRequest.Lanes"/>.</summary>
    [Id(8)] public int Lanes { get; init; }

    /// <summary>The environment options as <c>key=value</c> items (empty for the defaults).</summary>
    [Id(9)] public required string[] Options { get; init; }

    /// <summary>The job of <paramref name="request"/> under run <paramref name="run"/>.</summary>
    public static ArenaJob From(string run, ArenaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ArenaJob
        {
            Run = run,
            EnvironmentId = request.EnvironmentId,
            RoleA = request.RoleA,
            RoleB = request.RoleB,
            AgentsA = [.. request.AgentsA],
            AgentsB = [.. request.AgentsB],
            Episodes = request.Episodes,
            Seed = request.Seed,
            Lanes = request.Lanes,
            Options = request.Options is null ? [] : [.. request.Options.Select(o => $"{o.Key}={Convert.ToString(o.Value, System.Globalization.CultureInfo.InvariantCulture)}")],
        };
    }

    /// <summary>The request this job plays (on one thread: a worker is one thread).</summary>
    public ArenaRequest ToRequest() => new()
    {
        EnvironmentId = EnvironmentId,
        RoleA = RoleA,
        RoleB = RoleB,
        AgentsA = AgentsA,
        AgentsB = AgentsB,
        Episodes = Episodes,
        Seed = Seed,
        Lanes = Lanes,
        Threads = 1,
        Options = Options.Length == 0 ? null : EnvOptions.Parse(Options),
    };
}
