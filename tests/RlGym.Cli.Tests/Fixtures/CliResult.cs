namespace RlGym.Cli.Tests.Fixtures;

/// <summary>What a run of <c>rlgym</c> returned and printed.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
