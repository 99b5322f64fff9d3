using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Testing.Checks;
using RlGym.Testing.Harness;

namespace RlGym.Testing;

/// <summary>
/// The invariant kit's entry point: checks an environment against Gymnasium's and PettingZoo's contracts with
/// FsCheck properties over random action sequences, each made reproducible by a seed and shrunk to the shortest
/// failing sequence. One line from a test: <c>EnvironmentChecker.Check(registry, "CatMouse-v0").ThrowIfFailed();</c>
/// Every check gets fresh environments and disposes them. See <see cref="CheckNames"/> for what is checked.
/// </summary>
public static class EnvironmentChecker
{
    private static readonly (string Name, Func<CheckContext, CheckResult> Run)[] Checks =
    [
        (CheckNames.Spaces, SpacesCheck.Run),
        (CheckNames.Reset, ResetCheck.Run),
        (CheckNames.Observations, ObservationsCheck.Run),
        (CheckNames.Rewards, RewardsCheck.Run),
        (CheckNames.Determinism, context => context.Determinism()),
        (CheckNames.InfoDeterminism, context => DeterminismCheck.Run(context, compareInfoValues: true)),
        (CheckNames.SeedsDiffer, SeedsDifferCheck.Run),
        (CheckNames.StepBeforeReset, OrderChecks.BeforeReset),
        (CheckNames.StepAfterEnd, OrderChecks.AfterEnd),
        (CheckNames.InvalidAction, InvalidActionCheck.Run),
        (CheckNames.Render, RenderCheck.Run),
        (CheckNames.Dispose, DisposeCheck.Run),
        (CheckNames.TurnBased, TurnBasedCheck.Run),
        (CheckNames.State, StateCheck.Run),
        (CheckNames.ActionMask, ActionMaskCheck.Run),
    ];

    /// <summary>
    /// Runs the checks on the environment registered as <paramref name="id"/>, made (and wrapped) as
    /// <see cref="EnvRegistry.Make{TObs,TAction}"/> makes it, in <see cref="RenderMode.None"/> and every mode its spec lists.
    /// </summary>
    /// <exception cref="UnknownEnvironmentException">When no such id is registered.</exception>
    /// <exception cref="ArgumentException">When an option is out of range or unknown, or <c>Make</c> refuses <see cref="CheckOptions.EnvironmentOptions"/>.</exception>
    public static CheckReport Check(EnvRegistry registry, string id, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(id);
        options = Validated(options);
        var harness = registry.Make(id, new HarnessVisitor(registry, id, options.EnvironmentOptions), options.EnvironmentOptions);
        return Run(harness, options);
    }

    /// <summary>Runs the checks on a single-agent environment that is not registered; <paramref name="make"/> builds a fresh one per run.</summary>
    public static CheckReport Check<TObs, TAction>(Func<IEnvironment<TObs, TAction>> make, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(make);
        options = Validated(options);
        using var probe = make();
        var harness = new EnvironmentHarness(Name(probe.Spec, probe), probe.Spec, [probe.RenderMode], _ => new SingleAgentSession<TObs, TAction>(make()));
        return Run(harness, options);
    }

    /// <summary>
    /// Runs the checks on a single-agent environment that is not registered, in <see cref="RenderMode.None"/> and each of
    /// <paramref name="renderModes"/>; <paramref name="make"/> builds a fresh one in the mode asked for.
    /// </summary>
    public static CheckReport Check<TObs, TAction>(Func<RenderMode, IEnvironment<TObs, TAction>> make, IReadOnlyList<RenderMode> renderModes, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(make);
        ArgumentNullException.ThrowIfNull(renderModes);
        options = Validated(options);
        using var probe = make(RenderMode.None);
        var harness = new EnvironmentHarness(Name(probe.Spec, probe), probe.Spec, HarnessVisitor.RenderModes(renderModes),
            mode => new SingleAgentSession<TObs, TAction>(make(mode)));
        return Run(harness, options);
    }

    /// <summary>Runs the checks on a parallel multi-agent environment that is not registered; <paramref name="make"/> builds a fresh one per run.</summary>
    public static CheckReport CheckParallel<TObs, TAction>(Func<IParallelEnvironment<TObs, TAction>> make, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(make);
        options = Validated(options);
        using var probe = make();
        var harness = new EnvironmentHarness(Name(probe.Spec, probe), probe.Spec, [probe.RenderMode], _ => new ParallelSession<TObs, TAction>(make()));
        return Run(harness, options);
    }

    /// <summary>
    /// Runs the checks on a parallel multi-agent environment that is not registered, in <see cref="RenderMode.None"/> and
    /// each of <paramref name="renderModes"/>; <paramref name="make"/> builds a fresh one in the mode asked for.
    /// </summary>
    public static CheckReport CheckParallel<TObs, TAction>(
        Func<RenderMode, IParallelEnvironment<TObs, TAction>> make, IReadOnlyList<RenderMode> renderModes, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(make);
        ArgumentNullException.ThrowIfNull(renderModes);
        options = Validated(options);
        using var probe = make(RenderMode.None);
        var harness = new EnvironmentHarness(Name(probe.Spec, probe), probe.Spec, HarnessVisitor.RenderModes(renderModes),
            mode => new ParallelSession<TObs, TAction>(make(mode)));
        return Run(harness, options);
    }

    private static CheckOptions Validated(CheckOptions? options)
    {
        options ??= new CheckOptions();
        options.Validate();
        return options;
    }

    private static string Name(EnvSpec? spec, object environment) => spec?.Id ?? environment.GetType().Name;

    private static CheckReport Run(EnvironmentHarness harness, CheckOptions options)
    {
        var context = new CheckContext(harness, options, options.Seed ?? Rng.EntropySeed());
        var results = new List<CheckResult>();
        foreach (var (name, run) in Checks)
        {
            if (options.Checks is null || options.Checks.Contains(name, StringComparer.Ordinal))
            {
                results.Add(Guarded(name, run, context));
            }
        }
        return new CheckReport(harness.Name, results);
    }

    private static CheckResult Guarded(string name, Func<CheckContext, CheckResult> run, CheckContext context)
    {
        try
        {
            return run(context);
        }
        catch (Exception e)
        {
            return CheckResult.Fail(name, $"the check stopped on {e.GetType().Name}: {e.Message}");
        }
    }
}
