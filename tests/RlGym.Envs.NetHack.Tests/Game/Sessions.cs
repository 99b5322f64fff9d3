using RlGym.Envs.NetHack.Game;

namespace RlGym.Envs.NetHack.Tests.Game;

/// <summary>Game sessions with the default task options, and process checks.</summary>
internal static class Sessions
{
    public static GameSession Create() =>
        new(GameInstallation.Locate(), new GameOptions(Character.Parse(Character.Default), GameOptions.DefaultPickupTypes));

    /// <summary>True while a process with this id exists (a zombie counts).</summary>
    public static bool Exists(int pid) => Directory.Exists($"/proc/{pid}");

    /// <summary>Our playgrounds left where playgrounds go.</summary>
    public static IReadOnlyList<string> Playgrounds() =>
        [.. Directory.EnumerateDirectories(Playground.Root, $"rlgym-nethack-{System.Environment.ProcessId}-*")];

    /// <summary>The game processes (children of this process) running now.</summary>
    public static int Children() =>
        Directory.EnumerateDirectories("/proc").Count(dir =>
        {
            try
            {
                string stat = File.ReadAllText(Path.Combine(dir, "stat"));
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return fields[1] == System.Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        });

    /// <summary>
    /// What the descriptors this process has open refer to, sorted; assemblies the runtime maps as it loads them
    /// (which a test run keeps doing) are left out.
    /// </summary>
    public static IReadOnlyList<string> OpenDescriptors() =>
        [.. Directory.EnumerateFileSystemEntries("/proc/self/fd")
            .Select(fd =>
            {
                try
                {
                    return new FileInfo(fd).LinkTarget ?? "";
                }
                catch (IOException)
                {
                    return "";
                }
            })
            .Where(target => !target.EndsWith(".dll", StringComparison.Ordinal) && !target.StartsWith("/proc/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
