using System.Text;
using System.Text.Json;

namespace RlGym.Runner.Sinks;

/// <summary>
/// Writes a <see cref="RunSummary"/> as JSON (camelCase names; NaN, for statistics of no episodes, as null):
/// the content of <c>summary.json</c> and of <c>rlgym run --json</c>.
/// </summary>
public static class RunSummaryJson
{
    /// <summary>The summary as indented JSON text.</summary>
    public static string Serialize(RunSummary summary)
    {
        using var buffer = new MemoryStream();
        Write(buffer, summary);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the summary as indented JSON to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(summary);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("environment", summary.Run.EnvironmentId);
        json.WriteBoolean("multiAgent", summary.Run.MultiAgent);
        json.WriteNumber("seed", summary.Run.Seed);
        json.WriteNumber("episodesRequested", summary.Run.Episodes);
        json.WriteNumber("episodes", summary.Episodes);
        json.WriteBoolean("cancelled", summary.Cancelled);
        json.WriteNumber("abortedEpisodes", summary.AbortedEpisodes);
        Number(json, "meanReturn", summary.MeanReturn);
        Number(json, "stdReturn", summary.StdReturn);
        Number(json, "meanLength", summary.MeanLength);
        json.WriteNumber("totalSteps", summary.TotalSteps);
        json.WriteNumber("wallSeconds", summary.WallSeconds);
        json.WriteNumber("stepsPerSecond", summary.StepsPerSecond);
        json.WriteStartArray("roles");
        foreach (var role in summary.Roles)
        {
            json.WriteStartObject();
            json.WriteString("role", role.Role);
            json.WriteString("agent", role.Agent);
            Number(json, "meanReturn", role.Mean);
            Number(json, "stdReturn", role.Std);
            Number(json, "minReturn", role.Min);
            Number(json, "maxReturn", role.Max);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
