using System.Runtime.InteropServices;
using TorchSharp;

namespace RlGym.Torch;

/// <summary>
/// Loads TorchSharp's native back end once and controls its process-wide settings (threads, seed). Call
/// <see cref="EnsureLoaded"/> before the first tensor: a failure then is one clear <see cref="TorchUnavailableException"/>
/// that quotes the native loader (for example "version `GLIBCXX_3.4.32' not found") instead of TorchSharp's
/// misleading "doesn't contain a reference to libtorch-cpu-linux-x64". Loading also keeps the memory of freed tensors
/// in the process for the next ones (on Linux: glibc's trim and mmap thresholds are raised, see <c>TensorMemory</c>),
/// so a training loop does not page its tensors in afresh every minibatch.
/// </summary>
public static class TorchRuntime
{
    /// <summary>Held while TorchSharp's global generator is seeded and drawn from for an initialisation.</summary>
    private static readonly object GlobalGenerator = new();

    private static readonly Lazy<string?> Failure = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The file name of TorchSharp's native glue library on this operating system.</summary>
    public static string NativeLibraryName =>
        OperatingSystem.IsWindows() ? "LibTorchSharp.dll"
        : OperatingSystem.IsMacOS() ? "libLibTorchSharp.dylib"
        : "libLibTorchSharp.so";

    /// <summary>True once the native back end has loaded (loads it on first use).</summary>
    public static bool IsAvailable => Failure.Value is null;

    /// <summary>Why the native back end did not load, or null when it did (loads it on first use).</summary>
    public static string? LoadFailure => Failure.Value;

    /// <summary>The number of threads TorchSharp's CPU operations use.</summary>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public static int Threads
    {
        get
        {
            EnsureLoaded();
            return torch.get_num_threads();
        }
    }

    /// <summary>Loads TorchSharp's native back end if it is not loaded yet; safe to call from any thread, any number of times.</summary>
    /// <exception cref="TorchUnavailableException">When the native libraries cannot be loaded; the message says why.</exception>
    public static void EnsureLoaded()
    {
        if (Failure.Value is { } message)
        {
            throw new TorchUnavailableException(message);
        }
    }

    /// <summary>Sets how many threads TorchSharp's CPU operations use (process-wide).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="threads"/> is not between 1 and 1024.</exception>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public static void SetThreads(int threads)
    {
        if (threads is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(threads), threads, "The number of torch threads must be between 1 and 1024.");
        }
        EnsureLoaded();
        torch.set_num_threads(threads);
    }

    /// <summary>
    /// Seeds TorchSharp's global generator (parameter initialisation, random tensors). It is process-wide, so another
    /// thread seeding or drawing in between changes what follows: for a reproducible initialisation use
    /// <see cref="CreateSeeded{T}"/>, which holds the generator while it seeds and creates.
    /// </summary>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public static void ManualSeed(ulong seed)
    {
        EnsureLoaded();
        lock (GlobalGenerator)
        {
            torch.manual_seed(unchecked((long)seed));
        }
    }

    /// <summary>
    /// Seeds TorchSharp's global generator with <paramref name="seed"/> and runs <paramref name="create"/> (which builds
    /// modules whose initial weights come from that generator) while no other caller of this method or of
    /// <see cref="ManualSeed"/> can touch the generator, so modules built on several threads at once still get the
    /// weights their seeds give.
    /// </summary>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public static T CreateSeeded<T>(ulong seed, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        EnsureLoaded();
        lock (GlobalGenerator)
        {
            torch.manual_seed(unchecked((long)seed));
            return create();
        }
    }

    private static string? Load()
    {
        // Ask the native loader first: when the glue library is there but cannot load, its own error is the useful one,
        // and TorchSharp's fallback (copying the whole of libtorch next to the program, then failing) is avoided.
        if (NativeLoaderError() is { } refused)
        {
            return refused;
        }
        try
        {
            torch.InitializeDeviceType(DeviceType.CPU);
            using var probe = torch.zeros(1);
            TensorMemory.KeepFreedMemory();
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or NotSupportedException or DllNotFoundException or EntryPointNotFoundException)
        {
            string detail = FirstLine(Innermost(e).Message);
            return $"TorchSharp could not load its native libraries: {detail} {Hint(detail)}".TrimEnd();
        }
    }

    private static string? NativeLoaderError()
    {
        foreach (string path in Candidates())
        {
            if (!File.Exists(path))
            {
                continue;
            }
            try
            {
                NativeLibrary.Load(path);
                return null;
            }
            catch (DllNotFoundException e)
            {
                return $"TorchSharp's native library '{path}' exists but the native loader refused it: {e.Message} {Hint(e.Message)}".TrimEnd();
            }
            catch (BadImageFormatException e)
            {
                return $"TorchSharp's native library '{path}' is not a library for this machine: {e.Message}";
            }
        }
        return null;
    }

    private static IEnumerable<string> Candidates()
    {
        string rid = RuntimeIdentifier();
        string baseDirectory = AppContext.BaseDirectory;
        yield return Path.Combine(baseDirectory, "runtimes", rid, "native", NativeLibraryName);
        yield return Path.Combine(baseDirectory, NativeLibraryName);
        string? torchSharp = Path.GetDirectoryName(typeof(torch).Assembly.Location);
        if (!string.IsNullOrEmpty(torchSharp) && !string.Equals(Path.GetFullPath(torchSharp), Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            yield return Path.Combine(torchSharp, "runtimes", rid, "native", NativeLibraryName);
            yield return Path.Combine(torchSharp, NativeLibraryName);
        }
    }

    private static string RuntimeIdentifier()
    {
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        string arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        return $"{os}-{arch}";
    }

    private static string Hint(string loaderMessage) =>
        loaderMessage.Contains("GLIBCXX_3.4.32", StringComparison.Ordinal)
            ? "This libstdc++ lacks GLIBCXX_3.4.32, which TorchSharp 0.107.0 asks for only for an unused marker symbol. "
              + "The repository's Directory.Build.targets marks that need weak in the build output; rebuild the project "
              + "(and check that the property RlGymPatchLibTorchSharp is not false) or run from a build output rather than a copy of the NuGet cache."
            : string.Empty;

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }
        return e;
    }

    private static string FirstLine(string text)
    {
        int end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
