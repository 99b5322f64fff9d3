using RlGym.Core.Registry;

namespace RlGym.Testing;

/// <summary>
/// The invariant kit's entry point: checks a registered environment against Gymnasium's and PettingZoo's
/// contracts with FsCheck properties. One line from a test: <c>EnvironmentChecker.Check(registry, "CatMouse-v0").ThrowIfFailed();</c>
/// </summary>
public static class EnvironmentChecker
{
    /// <summary>Runs every check on the environment registered as <paramref name="id"/> and reports each one.</summary>
    public static CheckReport Check(EnvRegistry registry, string id, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(id);
        _ = options;
        throw new NotSupportedException("Being implemented on the testing branch.");
    }
}
