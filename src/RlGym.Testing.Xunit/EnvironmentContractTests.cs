using RlGym.Core.Registry;
using Xunit;

namespace RlGym.Testing;

/// <summary>
/// The contract every registered environment's test project subclasses: one fact per check in <see cref="CheckNames"/>,
/// so a failure names the invariant and prints the shrunk action sequence. A check that does not apply (say,
/// determinism for a spec marked nondeterministic) is skipped by the kit and passes here.
/// <code>
/// public sealed class CatMouseContract : EnvironmentContractTests
/// {
///     protected override EnvRegistry Registry { get; } = MyRegistry.Create();
///     protected override string EnvironmentId =&gt; "CatMouse-v0";
/// }
/// </code>
/// </summary>
public abstract class EnvironmentContractTests
{
    /// <summary>The registry holding the environment under test.</summary>
    protected abstract EnvRegistry Registry { get; }

    /// <summary>The id the environment is registered under.</summary>
    protected abstract string EnvironmentId { get; }

    /// <summary>How hard to try; override to pin <see cref="CheckOptions.Seed"/> or pass make options.</summary>
    protected virtual CheckOptions Options => new();

    /// <summary><see cref="CheckNames.Spaces"/>.</summary>
    [Fact]
    public void SpacesAreStableAndWellFormed() => Verify(CheckNames.Spaces);

    /// <summary><see cref="CheckNames.Reset"/>.</summary>
    [Fact]
    public void SeededResetIsInSpaceAndRepeats() => Verify(CheckNames.Reset);

    /// <summary><see cref="CheckNames.Observations"/>.</summary>
    [Fact]
    public void ObservationsStayInTheirSpaces() => Verify(CheckNames.Observations);

    /// <summary><see cref="CheckNames.Rewards"/>.</summary>
    [Fact]
    public void RewardsAreFinite() => Verify(CheckNames.Rewards);

    /// <summary><see cref="CheckNames.Determinism"/>.</summary>
    [Fact]
    public void SameSeedAndActionsGiveTheSameTrajectory() => Verify(CheckNames.Determinism);

    /// <summary><see cref="CheckNames.InfoDeterminism"/>.</summary>
    [Fact]
    public void SameSeedAndActionsGiveEqualInfoValues() => Verify(CheckNames.InfoDeterminism);

    /// <summary><see cref="CheckNames.SeedsDiffer"/>.</summary>
    [Fact]
    public void DifferentSeedsGiveDifferentFirstObservations() => Verify(CheckNames.SeedsDiffer);

    /// <summary><see cref="CheckNames.StepBeforeReset"/>.</summary>
    [Fact]
    public void StepBeforeResetSaysToCallReset() => Verify(CheckNames.StepBeforeReset);

    /// <summary><see cref="CheckNames.StepAfterEnd"/>.</summary>
    [Fact]
    public void StepAfterTheEndSaysToCallReset() => Verify(CheckNames.StepAfterEnd);

    /// <summary><see cref="CheckNames.InvalidAction"/>.</summary>
    [Fact]
    public void InvalidActionsAreRefusedByName() => Verify(CheckNames.InvalidAction);

    /// <summary><see cref="CheckNames.Render"/>.</summary>
    [Fact]
    public void RenderMatchesItsModeAndLeavesTheStateAlone() => Verify(CheckNames.Render);

    /// <summary><see cref="CheckNames.Dispose"/>.</summary>
    [Fact]
    public void DisposingTwiceIsSafe() => Verify(CheckNames.Dispose);

    /// <summary><see cref="CheckNames.TurnBased"/> (parallel environments).</summary>
    [Fact]
    public void TheTurnBasedViewKeepsPettingZoosAecRules() => Verify(CheckNames.TurnBased);

    /// <summary><see cref="CheckNames.State"/> (environments with a global state).</summary>
    [Fact]
    public void TheGlobalStateIsThereAndReadingItChangesNothing() => Verify(CheckNames.State);

    /// <summary><see cref="CheckNames.ActionMask"/> (environments with action masks).</summary>
    [Fact]
    public void ActionMasksFitTheActionSpace() => Verify(CheckNames.ActionMask);

    /// <summary>Runs one check and fails with the kit's message when it fails.</summary>
    protected void Verify(string check)
    {
        var report = EnvironmentChecker.Check(Registry, EnvironmentId, Options with { Checks = [check] });
        report.ThrowIfFailed();
    }
}
