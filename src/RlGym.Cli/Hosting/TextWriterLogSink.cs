using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace RlGym.Cli.Hosting;

/// <summary>Writes log events to a <see cref="TextWriter"/>: the console sink's stand-in when the CLI runs in-process.</summary>
internal sealed class TextWriterLogSink(TextWriter writer, ITextFormatter formatter) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            formatter.Format(logEvent, writer);
        }
    }
}
