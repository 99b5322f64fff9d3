using System.Text.RegularExpressions;
using RlGym.Core;

namespace RlGym.Cli.Hosting;

/// <summary>Tells the user's mistakes (exit code 2, one line) from failures of the program (exit code 1, logged).</summary>
internal static partial class UserErrors
{
    /// <summary>
    /// Only a <see cref="UserInputException"/> (unknown environment or agent, invalid action, bad option values, files
    /// that are missing, folders, corrupt or of the wrong kind, unusable league databases) is the user's to fix; any
    /// other exception, an <see cref="ArgumentException"/> from deep inside included, is a bug.
    /// </summary>
    public static bool IsUserError(Exception error) => error is UserInputException;

    /// <summary>The message on one line, without .NET's " (Parameter 'x')" suffix.</summary>
    public static string OneLine(Exception error)
    {
        string message = error.Message;
        if (error is ArgumentException { ParamName: { } name })
        {
            string suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }
        }
        return OneLine(message);
    }

    /// <summary>The text with every run of line breaks turned into one space.</summary>
    public static string OneLine(string message) => LineBreaks().Replace(message.Trim(), " ");

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}
