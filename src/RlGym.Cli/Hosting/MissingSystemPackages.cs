using System.Text.RegularExpressions;

namespace RlGym.Cli.Hosting;

/// <summary>
/// Turns a native library the system lacks (the tool carries its own, but they link to system ones such as libvterm)
/// into one line naming the Debian packages to install, instead of the loader's paragraph.
/// </summary>
internal static partial class MissingSystemPackages
{
    // The system libraries our native code links to, and the Debian package of each.
    private static readonly (string Library, string Package)[] Known =
    [
        ("libvterm.so.0", "libvterm0"),
    ];

    /// <summary>The one-line advice for <paramref name="error"/>, or null when it is not a missing system library.</summary>
    public static string? Describe(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is not DllNotFoundException)
            {
                continue;
            }
            var packages = Known.Where(k => e.Message.Contains(k.Library, StringComparison.Ordinal)).Select(k => k.Package).ToArray();
            if (packages.Length > 0)
            {
                string library = LibraryName().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : "a native library";
                return $"{library} needs system libraries that are missing here; install them with: sudo apt-get install {string.Join(' ', packages)}";
            }
        }
        return null;
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex LibraryName();
}
