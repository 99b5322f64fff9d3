using System.Globalization;
using System.Text.Json;
using RlGym.Cli.Output;
using RlGym.Runner.Sinks;
using RlGym.Runner.Arena;

namespace RlGym.Cli.Arena;

/// <summary>Writes arena results and league standings as console tables, CSV and JSON.</summary>
internal static class ArenaReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The pairing table, one row per pairing, in the game's words.</summary>
    public static void WritePairings(TextWriter writer, ArenaGame game, IReadOnlyList<ArenaPairing> pairings)
    {
        var rows = new List<string[]>
        {
            new[] { game.RoleA, game.RoleB, "episodes", $"{game.WinA} rate [95% CI]", $"steps to a {game.WinA}", $"{game.RoleA} return ± 95%", $"{game.RoleB} return ± 95%" },
        };
        rows.AddRange(pairings.Select(p => new[]
        {
            p.AgentA, p.AgentB, p.Episodes.ToString("N0", Invariant),
            string.Create(Invariant, $"{p.WinRateA:0.000} [{p.WinRateALow:0.000}, {p.WinRateAHigh:0.000}]"),
            double.IsNaN(p.MeanStepsToWinA) ? "-" : p.MeanStepsToWinA.ToString("0.00", Invariant),
            string.Create(Invariant, $"{p.MeanReturnA:0.000} ± {p.ReturnAHalfWidth:0.000}"),
            string.Create(Invariant, $"{p.MeanReturnB:0.000} ± {p.ReturnBHalfWidth:0.000}"),
        }));
        WriteTable(writer, rows);
    }

    /// <summary>The standings table: role by role, best rating first.</summary>
    public static void WriteStandings(TextWriter writer, IEnumerable<LeagueStanding> standings)
    {
        var rows = new List<string[]> { new[] { "role", "agent", "rating", "deviation", "volatility", "episodes", "runs" } };
        rows.AddRange(standings.Select(s => new[]
        {
            s.Role, s.Agent, s.Rating.Rating.ToString("0", Invariant), s.Rating.Deviation.ToString("0.0", Invariant),
            s.Rating.Volatility.ToString("0.00000", Invariant), s.Episodes.ToString("N0", Invariant), s.Runs.ToString(Invariant),
        }));
        WriteTable(writer, rows);
    }

    /// <summary>Writes the pairings as CSV (RFC 4180, header row, empty for no value) to <paramref name="path"/>, replacing it atomically.</summary>
    public static void WriteCsv(string path, ArenaGame game, IReadOnlyList<ArenaPairing> pairings)
    {
        string temporary = path + ".tmp";
        using (var file = new StreamWriter(temporary))
        {
            var csv = new CsvWriter(file);
            foreach (string name in new[]
            {
                game.RoleA, game.RoleB, "episodes", game.WinsA, game.WinsB, "draws", $"{game.WinA}_rate", $"{game.WinA}_rate_low", $"{game.WinA}_rate_high",
                $"mean_steps_to_{game.WinA}", $"{game.RoleA}_mean_return", $"{game.RoleA}_return_ci95", $"{game.RoleB}_mean_return", $"{game.RoleB}_return_ci95",
            })
            {
                csv.Field(name);
            }
            csv.EndRow();
            foreach (var p in pairings)
            {
                csv.Field(p.AgentA);
                csv.Field(p.AgentB);
                csv.Field(p.Episodes);
                csv.Field(p.WinsA);
                csv.Field(p.WinsB);
                csv.Field(p.Draws);
                foreach (double value in new[] { p.WinRateA, p.WinRateALow, p.WinRateAHigh, p.MeanStepsToWinA, p.MeanReturnA, p.ReturnAHalfWidth, p.MeanReturnB, p.ReturnBHalfWidth })
                {
                    if (double.IsFinite(value))
                    {
                        csv.Field(value);
                    }
                    else
                    {
                        csv.Field("");
                    }
                }
                csv.EndRow();
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes the run (and its ratings and league place, when recorded) as one JSON document.</summary>
    public static void WriteJson(TextWriter writer, ArenaGame game, ArenaResult result, IReadOnlyList<LeagueStanding> ratings, string? league, long? run) =>
        JsonOutput.Write(writer, json =>
        {
            var r = result.Request;
            json.WriteStartObject();
            json.WriteString("game", game.Name);
            json.WriteString("environment", r.EnvironmentId);
            json.WriteString("seed", r.Seed.ToString(Invariant));
            json.WriteNumber("episodes_per_pairing", r.Episodes);
            json.WriteNumber("threads", r.Threads);
            json.WriteNumber("lanes", r.Lanes);
            json.WriteNumber("agent_steps", result.AgentSteps);
            json.Number("seconds", result.Seconds);
            json.Number("agent_steps_per_second", result.AgentStepsPerSecond);
            json.WriteStartArray("pairings");
            foreach (var p in result.Pairings)
            {
                json.WriteStartObject();
                json.WriteString(game.RoleA, p.AgentA);
                json.WriteString(game.RoleB, p.AgentB);
                json.WriteNumber("episodes", p.Episodes);
                json.WriteNumber(game.WinsA, p.WinsA);
                json.WriteNumber(game.WinsB, p.WinsB);
                json.WriteNumber("draws", p.Draws);
                json.Number($"{game.WinA}_rate", p.WinRateA);
                json.Number($"{game.WinA}_rate_low", p.WinRateALow);
                json.Number($"{game.WinA}_rate_high", p.WinRateAHigh);
                json.Number($"mean_steps_to_{game.WinA}", p.MeanStepsToWinA);
                json.Number($"{game.RoleA}_mean_return", p.MeanReturnA);
                json.Number($"{game.RoleA}_return_ci95", p.ReturnAHalfWidth);
                json.Number($"{game.RoleB}_mean_return", p.MeanReturnB);
                json.Number($"{game.RoleB}_return_ci95", p.ReturnBHalfWidth);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteRatings(json, ratings);
            if (league is not null)
            {
                json.WriteString("league", league);
                json.WriteNumber("run", run ?? 0);
            }
            json.WriteEndObject();
        });

    /// <summary>Writes a league's standings and latest run as one JSON document.</summary>
    public static void WriteJson(TextWriter writer, ArenaGame game, LeagueTable table) =>
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("league", table.Path);
            json.WriteNumber("runs", table.Runs);
            json.WriteNumber("episodes", table.Episodes);
            WriteRatings(json, table.Standings);
            json.WriteNumber("last_run", table.LastRunId);
            json.WriteStartArray("last_run_pairings");
            foreach (var p in table.LastRun)
            {
                json.WriteStartObject();
                json.WriteString(game.RoleA, p.AgentA);
                json.WriteString(game.RoleB, p.AgentB);
                json.WriteNumber("episodes", p.Episodes);
                json.Number($"{game.WinA}_rate", p.WinRateA);
                json.Number($"mean_steps_to_{game.WinA}", p.MeanStepsToWinA);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteRatings(Utf8JsonWriter json, IEnumerable<LeagueStanding> ratings)
    {
        json.WriteStartArray("ratings");
        foreach (var s in ratings)
        {
            json.WriteStartObject();
            json.WriteString("role", s.Role);
            json.WriteString("agent", s.Agent);
            json.Number("rating", s.Rating.Rating);
            json.Number("deviation", s.Rating.Deviation);
            json.Number("volatility", s.Rating.Volatility);
            json.WriteNumber("episodes", s.Episodes);
            json.WriteNumber("runs", s.Runs);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTable(TextWriter writer, List<string[]> rows)
    {
        int columns = rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join("  ", row.Select((cell, c) => c == columns - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }
    }
}
