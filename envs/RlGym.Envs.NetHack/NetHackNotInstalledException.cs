using RlGym.Core;

namespace RlGym.Envs.NetHack;

/// <summary>
/// The game binary or its data files are missing. The message says, in one line, how to install them
/// (Debian's <c>nethack-console</c> package, NetHack 3.6.6). Setting up the machine is the user's to do, so this is a
/// <see cref="UserInputException"/>.
/// </summary>
public sealed class NetHackNotInstalledException : UserInputException
{
    /// <summary>The command that installs the game on Debian.</summary>
    public const string InstallCommand = "sudo apt-get install nethack-console";

    /// <summary>Creates the error for the missing <paramref name="path"/>.</summary>
    public NetHackNotInstalledException(string path)
        : base($"NetHack 3.6.6 is not installed ({path} is missing); install it with: {InstallCommand}") => FileName = path;

    /// <summary>The missing file.</summary>
    public string FileName { get; }
}
