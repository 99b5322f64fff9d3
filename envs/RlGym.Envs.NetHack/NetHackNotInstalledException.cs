namespace RlGym.Envs.NetHack;

/// <summary>
/// The game binary or its data files are missing. The message says, in one line, how to install them
/// (Debian's <c>nethack-console</c> package, NetHack 3.6.6).
/// </summary>
public sealed class NetHackNotInstalledException : FileNotFoundException
{
    /// <summary>The command that installs the game on Debian.</summary>
    public const string InstallCommand = "sudo apt-get install nethack-console";

    /// <summary>Creates the error for the missing <paramref name="path"/>.</summary>
    public NetHackNotInstalledException(string path)
        : base($"NetHack 3.6.6 is not installed ({path} is missing); install it with: {InstallCommand}", path)
    {
    }
}
