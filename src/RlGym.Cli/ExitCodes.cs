namespace RlGym.Cli;

/// <summary>The exit codes of <c>rlgym</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>A check failed, or something unexpected went wrong (the log has the details).</summary>
    public const int Failure = 1;

    /// <summary>The command line or a value in it was wrong; the one-line message says which and what was expected.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// The work finished but could not be stored where asked, and was kept elsewhere to store later (an arena run whose
    /// league stayed locked: the message names the pending file and the command that imports it). BSD's EX_TEMPFAIL.
    /// </summary>
    public const int Pending = 75;

    /// <summary>Interrupted by Ctrl+C; what was collected was written.</summary>
    public const int Interrupted = 130;
}
