namespace RlGym.Cli.Tests.Fixtures;

/// <summary>A string writer that sets an event once its text contains a given string.</summary>
public sealed class WatchedWriter(string awaited, ManualResetEventSlim seen) : StringWriter
{
    public override void Write(char value)
    {
        base.Write(value);
        Look();
    }

    public override void Write(string? value)
    {
        base.Write(value);
        Look();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        base.Write(buffer, index, count);
        Look();
    }

    private void Look()
    {
        if (!seen.IsSet && GetStringBuilder().ToString().Contains(awaited, StringComparison.Ordinal))
        {
            seen.Set();
        }
    }
}
