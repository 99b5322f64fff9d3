namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// A game's private directory (under <see cref="Root"/>): its HACKDIR (level files, locks, <c>save/</c>), its HOME, its options file and, through
/// the preload library, its score files. It links to the installed data files, is emptied of a game's leftovers
/// before each game, and is deleted on <see cref="Dispose"/>; a marker file guards every deletion.
/// </summary>
internal sealed class Playground : IDisposable
{
    /// <summary>The file that marks a directory as a playground the bridge may delete.</summary>
    public const string Marker = ".rlgym-nethack-playground";

    /// <summary>The name of the options file.</summary>
    public const string OptionsFileName = "nethackrc";

    /// <summary>The name of the file the game's standard error goes to.</summary>
    public const string ErrorLogName = "stderr.log";

    private static readonly string[] EmptyFiles = ["perm", "record", "logfile", "xlogfile"];
    private static long s_created;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);
    private static int s_hooked;

    private bool _disposed;

    private Playground(string path) => DirectoryPath = path;

    /// <summary>The directory.</summary>
    public string DirectoryPath { get; }

    /// <summary>The options file (NETHACKOPTIONS points here).</summary>
    public string OptionsFile => Path.Combine(DirectoryPath, OptionsFileName);

    /// <summary>The file the game's standard error goes to.</summary>
    public string ErrorLog => Path.Combine(DirectoryPath, ErrorLogName);

    /// <summary>
    /// Where playgrounds go: <c>/dev/shm</c> (memory) when it is there and writable, else the system's temporary
    /// directory. A game writes its level files at every level change and its score files at every end, and on a
    /// disk file system those writes cost more than the rest of a reset (ext4 flushes a rewritten file on close).
    /// </summary>
    public static string Root { get; } = ChooseRoot();

    /// <summary>Creates a fresh playground under <see cref="Root"/>.</summary>
    public static Playground Create(GameInstallation installation, GameOptions options)
    {
        string name = $"rlgym-nethack-{Environment.ProcessId}-{Interlocked.Increment(ref s_created)}-{Guid.NewGuid():N}";
        string path = Path.Combine(Root, name[..Math.Min(name.Length, 64)]);
        if (Interlocked.Exchange(ref s_hooked, 1) == 0)
        {
            SweepDeadProcesses();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteLive();
        }
        Directory.CreateDirectory(path);
        Live[path] = 0;
        var playground = new Playground(path);
        try
        {
            File.WriteAllText(Path.Combine(path, Marker), "");
            foreach (string file in GameInstallation.DataFiles)
            {
                File.CreateSymbolicLink(Path.Combine(path, file), Path.Combine(installation.DataDirectory, file));
            }
            File.WriteAllText(playground.OptionsFile, options.ToConfigFile());
            playground.Prepare();
        }
        catch
        {
            playground.Dispose();
            throw;
        }
        return playground;
    }

    /// <summary>Removes what a previous game left (levels, locks, saves, scores) and lays out the empty files a game needs.</summary>
    public void Prepare()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var keep = new HashSet<string>(StringComparer.Ordinal) { Marker, OptionsFileName };
        keep.UnionWith(GameInstallation.DataFiles);
        foreach (string entry in Directory.EnumerateFileSystemEntries(DirectoryPath))
        {
            if (keep.Contains(Path.GetFileName(entry)))
            {
                continue;
            }
            if (Directory.Exists(entry) && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
        Directory.CreateDirectory(Path.Combine(DirectoryPath, "save"));
        foreach (string file in EmptyFiles)
        {
            File.WriteAllBytes(Path.Combine(DirectoryPath, file), []);
        }
    }

    /// <summary>The end of what the game wrote to standard error (empty when nothing).</summary>
    public string ReadErrorLog()
    {
        try
        {
            string text = File.ReadAllText(ErrorLog).Trim();
            return text.Length <= 400 ? text : text[^400..];
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>Deletes <paramref name="path"/> when it is a marked playground.</summary>
    public static void DeleteIfMarked(string path)
    {
        if (File.Exists(Path.Combine(path, Marker)))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>
    /// Deletes the playgrounds of processes that no longer run (their names carry the process id): a process killed
    /// outright (SIGKILL, a crash) cannot clean up after the games it ran in-process, so the next one does.
    /// </summary>
    internal static void SweepDeadProcesses()
    {
        try
        {
            foreach (string dir in Directory.EnumerateDirectories(Root, "rlgym-nethack-*"))
            {
                string[] parts = Path.GetFileName(dir).Split('-');
                if (parts.Length > 3 && int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int pid) &&
                    pid != Environment.ProcessId && !Directory.Exists($"/proc/{pid}"))
                {
                    DeleteIfMarked(dir);
                }
            }
        }
        catch (IOException)
        {
            // Best effort: another process may be sweeping the same folder.
        }
        catch (UnauthorizedAccessException)
        {
            // Another user's playgrounds are theirs to sweep.
        }
    }

    /// <summary>At a normal exit (Ctrl+C included): deletes the playgrounds nobody disposed.</summary>
    private static void DeleteLive()
    {
        foreach (string dir in Live.Keys)
        {
            try
            {
                DeleteIfMarked(dir);
            }
            catch (IOException)
            {
                // Best effort at exit.
            }
            catch (UnauthorizedAccessException)
            {
                // Best effort at exit.
            }
        }
    }

    private static string ChooseRoot()
    {
        const string Memory = "/dev/shm";
        try
        {
            if (Directory.Exists(Memory))
            {
                string probe = Path.Combine(Memory, $"rlgym-nethack-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
                Directory.CreateDirectory(probe);
                Directory.Delete(probe);
                return Memory;
            }
        }
        catch (IOException)
        {
            // Not usable: fall back to the temporary directory.
        }
        catch (UnauthorizedAccessException)
        {
            // Not writable: fall back to the temporary directory.
        }
        return Path.GetTempPath();
    }

    /// <summary>Deletes the directory.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Live.TryRemove(DirectoryPath, out _);
        try
        {
            DeleteIfMarked(DirectoryPath);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone (the game deletes it itself when it outlives us).
        }
    }
}
