using System.Globalization;

namespace RlGym.Runner.Sinks;

/// <summary>
/// Writes RFC 4180 rows: fields separated by commas, rows ended by CRLF, a field quoted when it holds a comma,
/// a quote, CR or LF, with inner quotes doubled. Numbers use the invariant culture and round-trip exactly.
/// </summary>
internal sealed class CsvWriter(TextWriter writer)
{
    private bool _rowStarted;

    /// <summary>Writes a text field, quoted when it needs to be.</summary>
    public void Field(string value)
    {
        if (_rowStarted)
        {
            writer.Write(',');
        }
        _rowStarted = true;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>Writes a number that round-trips exactly.</summary>
    public void Field(double value) => Field(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Writes a whole number.</summary>
    public void Field(long value) => Field(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes a whole number.</summary>
    public void Field(ulong value) => Field(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes true or false.</summary>
    public void Field(bool value) => Field(value ? "true" : "false");

    /// <summary>Ends the row (CRLF).</summary>
    public void EndRow()
    {
        writer.Write("\r\n");
        _rowStarted = false;
    }
}
