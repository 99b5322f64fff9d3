using RlGym.Cli.Hosting;
using Xunit;

namespace RlGym.Cli.Tests.Hosting;

public sealed class MissingSystemPackagesTests
{
    // How .NET's loader words a library whose dependency is missing (Linux).
    private const string LoaderMessage =
        "Unable to load shared library 'nethack_bridge' or one of its dependencies. In order to help diagnose loading problems, "
        + "consider using a tool like strace. If you're using glibc, consider setting the LD_DEBUG environment variable: \n"
        + "/opt/tools/libnethack_bridge.so: libvterm.so.0: cannot open shared object file: No such file or directory";

    [Fact]
    public void A_missing_libvterm_is_named_with_the_package_that_installs_it_on_one_line()
    {
        string? line = MissingSystemPackages.Describe(new TypeInitializationException("Bridge", new DllNotFoundException(LoaderMessage)));

        Assert.Equal("nethack_bridge needs system libraries that are missing here; install them with: sudo apt-get install libvterm0", line);
    }

    [Fact]
    public void Other_failures_are_left_to_the_usual_handling()
    {
        Assert.Null(MissingSystemPackages.Describe(new DllNotFoundException("Unable to load shared library 'libfoo': libbar.so.1: cannot open shared object file")));
        Assert.Null(MissingSystemPackages.Describe(new InvalidOperationException("libvterm.so.0")));
    }
}
