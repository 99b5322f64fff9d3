using RlGym.Core;

namespace RlGym.Cli.Hosting;

/// <summary>
/// Checks the places a command will write before it does any work, so that a run is never thrown away at its end
/// because its output cannot be written. Every failure is a <see cref="UserInputException"/> naming the option and the path.
/// </summary>
internal static class OutputChecks
{
    /// <summary>The log file a command with an output folder writes into it.</summary>
    public const string LogFileName = "rlgym.log";

    /// <summary>
    /// Creates the folder <paramref name="path"/> given with <paramref name="option"/> if it is missing, and proves it
    /// writable by opening its <c>rlgym.log</c> for appending (the log goes there next).
    /// </summary>
    public static void RequireWritableFolder(string option, string path, string purpose)
    {
        if (File.Exists(path))
        {
            throw new UserInputException($"Option '{option}' is '{path}', which is a file; expected a folder (existing or new) {purpose}.");
        }
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new UserInputException($"Option '{option}' is '{path}', which cannot be created: {e.Message}", e);
        }
        string log = Path.Combine(path, LogFileName);
        try
        {
            using var probe = new FileStream(log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"Option '{option}' is '{path}', which cannot be written ({log}: {e.Message}); choose a folder you can write to.", e);
        }
    }

    /// <summary>
    /// Proves that the file <paramref name="path"/> given with <paramref name="option"/> can be written, without changing
    /// it: its folder must exist, and the file must be one that opens for writing (a new file is created and removed again).
    /// </summary>
    public static void RequireWritableFile(string option, string path)
    {
        if (Directory.Exists(path))
        {
            throw new UserInputException($"Option '{option}' is '{path}', which is a folder; expected a file to write.");
        }
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"Option '{option}' is '{path}', whose folder '{folder}' does not exist; create it first or choose another path.");
        }
        bool existed = File.Exists(path);
        try
        {
            using (new FileStream(path, existed ? FileMode.Open : FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
            }
            if (!existed)
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"Option '{option}' is '{path}', which cannot be written: {e.Message}", e);
        }
    }
}
