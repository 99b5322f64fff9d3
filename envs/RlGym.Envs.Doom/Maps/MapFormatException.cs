using RlGym.Core;

namespace RlGym.Envs.Doom;

/// <summary>
/// A map file that cannot be played: an unknown symbol, rows of different lengths, an open edge, no player start,
/// or a goal the player cannot reach. The message reads <c>file:line:column: problem</c>, lines and columns from 1.
/// </summary>
public sealed class MapFormatException : UserInputException
{
    /// <summary>Creates the error for <paramref name="problem"/> at a position of <paramref name="source"/>.</summary>
    public MapFormatException(string source, int line, int column, string problem)
        : base($"{source}:{line}:{column}: {problem}")
    {
        Source = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The map's name or path.</summary>
    public new string Source { get; }

    /// <summary>The line of the problem, from 1.</summary>
    public int Line { get; }

    /// <summary>The column of the problem, from 1.</summary>
    public int Column { get; }

    /// <summary>The problem without its position.</summary>
    public string Problem { get; }
}
