namespace RlGym.Core;

/// <summary>
/// A mistake in what a person gave: a value, a name, an agent spec or a file (missing, a folder, corrupt or of the
/// wrong kind). Its message is one line that names the value and what was expected, so a command line can print it
/// as it is (<c>rlgym</c> exits with 2); any other exception is a bug and is reported with its trace.
/// Environments, agents, runners and hosts throw it where they check input that came from a user.
/// </summary>
public class UserInputException : ArgumentException
{
    /// <summary>Creates the error with a one-line <paramref name="message"/>.</summary>
    public UserInputException(string message) : base(message)
    {
    }

    /// <summary>Creates the error with a one-line <paramref name="message"/> and the failure behind it.</summary>
    public UserInputException(string message, Exception? inner) : base(message, inner)
    {
    }
}
