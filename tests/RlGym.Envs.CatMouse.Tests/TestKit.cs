using FsCheck;
using FsCheck.Fluent;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Envs.CatMouse.Tests;

/// <summary>A cat-and-mouse position on a grid, for properties.</summary>
public readonly record struct Position(int Width, int Height, int CatX, int CatY, int MouseX, int MouseY);

/// <summary>Shared helpers: registries with the package registered, and piece placement.</summary>
internal static class TestKit
{
    public static (EnvRegistry Environments, AgentRegistry Agents) Registries()
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        CatMouseEnvironments.Register(environments, agents);
        return (environments, agents);
    }

    public static EnvRegistry Environments() => Registries().Environments;

    public static EnvOptions Place(int catX, int catY, int mouseX, int mouseY) =>
        EnvOptions.Of(("cat_x", catX), ("cat_y", catY), ("mouse_x", mouseX), ("mouse_y", mouseY));

    /// <summary>The unwrapped CatMouse-v0 (no time limit, no order checks).</summary>
    public static IEnvironment<CatMouseObservation, int> Raw(EnvOptions? options = null, RenderMode renderMode = RenderMode.None) =>
        (IEnvironment<CatMouseObservation, int>)Environments().Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId, options, renderMode).Unwrapped();

    /// <summary>
    /// Bytes <paramref name="run"/> allocates on this thread once warm: the least of three runs after a warm-up
    /// run, so that one-off runtime work (tiered JIT, thread-pool start) does not count.
    /// </summary>
    public static long SteadyStateAllocation(Action run)
    {
        run();
        long least = long.MaxValue;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            run();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return least;
    }

    public static CatMouseState State(IDisposable environment) =>
        environment.TryGetPrivileged<CatMouseState>(out var privileged)
            ? privileged.PrivilegedState
            : throw new InvalidOperationException("No CatMouseState here.");
}

/// <summary>FsCheck generators.</summary>
public static class CatMouseArbitraries
{
    public static Arbitrary<Position> Positions() =>
        (from width in Gen.Choose(2, 9)
         from height in Gen.Choose(2, 9)
         from catX in Gen.Choose(0, width - 1)
         from catY in Gen.Choose(0, height - 1)
         from mouseX in Gen.Choose(0, width - 1)
         from mouseY in Gen.Choose(0, height - 1)
         select new Position(width, height, catX, catY, mouseX, mouseY)).ToArbitrary();
}
