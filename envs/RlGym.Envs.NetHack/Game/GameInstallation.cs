namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// Where Debian's nethack-console keeps the game: the binary (setgid <c>games</c>, so it is started through the
/// dynamic loader, which then honours LD_PRELOAD) and the data files every private playground links to.
/// </summary>
/// <param name="Binary">The game binary.</param>
/// <param name="DataDirectory">The directory holding <c>nhdat</c> and <c>symbols</c>.</param>
/// <param name="Loader">The dynamic loader the binary is started through.</param>
/// <param name="Preload">Our preload library (next to this assembly).</param>
/// <param name="Library">NetHack built from source (libnethack_game.so), when that is what runs; null for the stock binary.</param>
internal sealed record GameInstallation(string Binary, string DataDirectory, string Loader, string Preload, string? Library = null)
{
    /// <summary>Where Debian installs the binary.</summary>
    public const string DefaultBinary = "/usr/lib/games/nethack/nethack-console";

    /// <summary>The data files a playground needs from <see cref="DataDirectory"/>.</summary>
    public static IReadOnlyList<string> DataFiles { get; } = ["nhdat", "symbols"];

    private static readonly string[] Loaders = ["/lib64/ld-linux-x86-64.so.2", "/lib/ld-linux-aarch64.so.1", "/lib/ld-linux.so.2"];

    /// <summary>Finds the installation of <paramref name="binary"/> (or Debian's default).</summary>
    /// <exception cref="NetHackNotInstalledException">When the binary or a data file is missing.</exception>
    /// <exception cref="FileNotFoundException">When our native libraries are not next to the assembly.</exception>
    public static GameInstallation Locate(string? binary = null)
    {
        binary ??= DefaultBinary;
        if (!File.Exists(binary))
        {
            throw new NetHackNotInstalledException(binary);
        }
        string data = Path.GetDirectoryName(Path.GetFullPath(binary))!;
        foreach (string file in DataFiles)
        {
            string path = Path.Combine(data, file);
            if (!File.Exists(path))
            {
                throw new NetHackNotInstalledException(path);
            }
        }
        string loader = Loaders.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"No dynamic loader found to start NetHack through (looked for {string.Join(", ", Loaders)}).");
        string here = Path.GetDirectoryName(typeof(GameInstallation).Assembly.Location) ?? AppContext.BaseDirectory;
        string preload = Path.Combine(here, "libnethack_preload.so");
        if (!File.Exists(preload))
        {
            throw new FileNotFoundException(
                $"libnethack_preload.so is not next to {typeof(GameInstallation).Assembly.GetName().Name}.dll ({here}); rebuild RlGym.Envs.NetHack, which compiles it.", preload);
        }
        return new GameInstallation(binary, data, loader, preload);
    }

    /// <summary>The folder (next to this assembly) where the build puts NetHack built from source and its data.</summary>
    public static string LibraryDirectory =>
        Path.Combine(Path.GetDirectoryName(typeof(GameInstallation).Assembly.Location) ?? AppContext.BaseDirectory, "nethack");

    /// <summary>
    /// NetHack 3.6.6 built from source (native/nethack-src/build.sh, run by this project's build): the library and
    /// its data files (nhdat, symbols, sysconf) in <see cref="LibraryDirectory"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">When the build did not produce them.</exception>
    public static GameInstallation LocateLibrary()
    {
        string dir = LibraryDirectory;
        string library = Path.Combine(dir, "libnethack_game.so");
        foreach (string path in DataFiles.Append("sysconf").Select(f => Path.Combine(dir, f)).Prepend(library))
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"{path} is missing: NetHack built from source comes with RlGym.Envs.NetHack's build (native/nethack-src/build.sh); rebuild it, or use the stock game with --option engine=terminal.", path);
            }
        }
        return new GameInstallation(library, dir, "", "", library);
    }
}
