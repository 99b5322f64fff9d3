using System.Text.RegularExpressions;
using RlGym.Core;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// The character to play, in NLE's notation: <c>role-race-alignment-gender</c> (such as <c>mon-hum-neu-mal</c>),
/// any leading part of it, and <c>@</c> for "random" in any place (<c>@</c> alone: a random character).
/// </summary>
internal sealed partial record Character(string Role, string Race, string Alignment, string Gender)
{
    /// <summary>NLE's default character for its tasks: a neutral male human monk.</summary>
    public const string Default = "mon-hum-neu-mal";

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">When it is not of the form role-race-alignment-gender.</exception>
    public static Character Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split('-');
        if (parts.Length > 4 || parts.Any(p => !Part().IsMatch(p)))
        {
            throw new UserInputException(
                $"Option 'character' is '{text}'; expected role-race-alignment-gender such as '{Default}' (each part letters, or @ for random).");
        }
        string At(int i) => i < parts.Length && parts[i] != "@" ? parts[i] : "random";
        return new Character(At(0), At(1), At(2), At(3));
    }

    /// <summary>The NetHack options that select this character.</summary>
    public string ToOptions() => $"role:{Role},race:{Race},align:{Alignment},gender:{Gender}";

    [GeneratedRegex("^(@|[A-Za-z]+)$")]
    private static partial Regex Part();
}
