using Microsoft.Extensions.Logging;

namespace RlGym.Cli.Cluster;

/// <summary>Hands a silo's or client's loggers to the command's logger factory (Serilog), so they share its log file and console.</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    public void Dispose()
    {
        // The command's host owns the factory.
    }
}
