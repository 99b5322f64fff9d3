using Microsoft.Extensions.Logging;

namespace RlGym.Server.Hosting;

/// <summary>Sends the server's logs to the caller's logger factory (the CLI's Serilog), under the host's filters.</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
        // The factory belongs to the caller.
    }
}
