using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RlGym.Runner.Arena;

/// <summary>
/// A finished arena run that could not be committed to its league (another process held the league's lock past every
/// retry), kept in a JSON file next to the league so that nothing played is lost: <c>LEAGUE.pending-TIME.json</c>.
/// <see cref="LeagueDatabase.Import"/> commits it later (rated then, against the league's ratings of that moment) and
/// deletes the file. The file holds the request (environment, roles, agents, episodes, seed, lanes, threads), the
/// pairing summaries, every episode, the step count, the seconds and the start time; it is written atomically.
/// </summary>
internal static class PendingLeagueRun
{
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>A new file name for a run pending for <paramref name="database"/>: <c>DATABASE.pending-yyyyMMddTHHmmssfffZ.json</c> in its folder.</summary>
    public static string PathFor(string database, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        string stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        string path = $"{database}.pending-{stamp}.json";
        for (int i = 2; File.Exists(path); i++)
        {
            path = $"{database}.pending-{stamp}-{i}.json";
        }
        return path;
    }

    /// <summary>Writes <paramref name="result"/> (started at <paramref name="started"/>) to <paramref name="path"/>, atomically.</summary>
    /// <exception cref="IOException">When the file cannot be written.</exception>
    public static void Write(string path, ArenaResult result, DateTimeOffset started)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(result);
        var r = result.Request;
        var document = new Document(
            FormatVersion, started,
            new RequestDocument(r.EnvironmentId, r.RoleA, r.RoleB, [.. r.AgentsA], [.. r.AgentsB], r.Episodes, r.Seed, r.Threads, r.Lanes),
            [.. result.Pairings], [.. result.Episodes], result.AgentSteps, result.Seconds);
        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(document, Json);
        string full = System.IO.Path.GetFullPath(path);
        string temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                file.Write(bytes);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: false);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Reads a pending run written by <see cref="Write"/>.</summary>
    /// <exception cref="FileNotFoundException">When there is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">When the file is not an intact pending run; the message names it.</exception>
    public static (ArenaResult Result, DateTimeOffset Started) Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No pending arena run at '{path}'.", path);
        }
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not an intact pending arena run ({e.Message}).", e);
        }
        if (document is null || document.Version != FormatVersion || document.Request is null || document.Pairings is null || document.Episodes is null)
        {
            throw new InvalidDataException($"'{path}' is not a pending arena run of format version {FormatVersion}.");
        }
        var q = document.Request;
        var request = new ArenaRequest
        {
            EnvironmentId = q.EnvironmentId,
            RoleA = q.RoleA,
            RoleB = q.RoleB,
            AgentsA = q.AgentsA,
            AgentsB = q.AgentsB,
            Episodes = q.Episodes,
            Seed = q.Seed,
            Threads = q.Threads,
            Lanes = q.Lanes,
        };
        if (q.AgentsA.Length == 0 || q.AgentsB.Length == 0 || document.Pairings.Length != request.Pairings
            || document.Episodes.Length != (long)request.Pairings * request.Episodes)
        {
            throw new InvalidDataException($"'{path}' is an incomplete pending arena run ({document.Pairings.Length} pairings, {document.Episodes.Length} episodes).");
        }
        return (new ArenaResult(request, document.Pairings, document.Episodes, document.AgentSteps, document.Seconds), document.Started);
    }

    private sealed record Document(
        int Version, DateTimeOffset Started, RequestDocument Request, ArenaPairing[] Pairings, ArenaEpisode[] Episodes, long AgentSteps, double Seconds);

    private sealed record RequestDocument(
        string EnvironmentId, string RoleA, string RoleB, string[] AgentsA, string[] AgentsB, int Episodes, ulong Seed, int Threads, int Lanes);
}
