using RlGym.Core;
using RlGym.Core.Spaces;
using RlGym.Core.Wrappers;
using RlGym.Envs.CatMouse;
using RlGym.Envs.Doom;
using Xunit;

namespace RlGym.Testing.Tests.Wrappers;

/// <summary>A wrapper that applies to environments of any types and keeps them (a class, since a lambda cannot be generic).</summary>
internal abstract class SameTypes
{
    public abstract IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment);
}

/// <summary>A wrapper that applies to environments of any types and gives float observations.</summary>
internal abstract class ToFloats
{
    public abstract IEnvironment<float[], TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment);
}

/// <summary>Runs the invariant kit on a built-in environment as <c>Make</c> gives it, wrapped, and fails with every failed check.</summary>
internal static class WrapperKit
{
    private static readonly RenderMode[] RgbOnly = [RenderMode.RgbArray];

    /// <summary>
    /// Checks <paramref name="wrap"/>(the environment <paramref name="id"/>) in render mode None and every mode its spec
    /// declares, or only in <paramref name="only"/> when the wrapper needs one; <paramref name="skip"/> leaves checks out.
    /// </summary>
    public static CheckReport Passes<TObs, TAction, TOut, TAct>(
        string id, Func<IEnvironment<TObs, TAction>, IEnvironment<TOut, TAct>> wrap, EnvOptions? extra = null, RenderMode? only = null, params string[] skip)
    {
        var registry = BuiltIns.Registry;
        var options = BuiltIns.Options(id);
        if (skip.Length > 0)
        {
            options = options with { Checks = [.. CheckNames.All.Except(skip)] };
        }
        EnvOptions? make = BuiltIns.MakeOptions(id, extra);
        IReadOnlyList<RenderMode> modes = only is RenderMode mode ? [mode] : registry.Spec(id).RenderModes;
        CheckReport report = only is RenderMode single
            ? EnvironmentChecker.Check(() => wrap(registry.Make<TObs, TAction>(id, make, single)), options)
            : EnvironmentChecker.Check(m => wrap(registry.Make<TObs, TAction>(id, make, m)), modes, options);
        Assert.All(report.Results, r => Assert.True(r.Outcome != CheckOutcome.Failed, $"{id} wrapped: {r}"));
        Assert.Equal(CheckNames.All.Count - skip.Length, report.Results.Count);
        return report;
    }

    /// <summary>Checks a type-keeping wrapper on any built-in environment.</summary>
    public static CheckReport Passes(string id, SameTypes wrapping, RenderMode? only = null, params string[] skip) => Family(id) switch
    {
        Kind.CatMouse => Passes<CatMouseObservation, int, CatMouseObservation, int>(id, wrapping.Wrap, null, only, skip),
        _ => Passes<IReadOnlyDictionary<string, object>, int, IReadOnlyDictionary<string, object>, int>(id, wrapping.Wrap, null, only, skip),
    };

    /// <summary>Checks a float-observation wrapper on any built-in environment.</summary>
    public static CheckReport Passes(string id, ToFloats wrapping, RenderMode? only = null, params string[] skip) => Family(id) switch
    {
        Kind.CatMouse => Passes<CatMouseObservation, int, float[], int>(id, wrapping.Wrap, null, only, skip),
        _ => Passes<IReadOnlyDictionary<string, object>, int, float[], int>(id, wrapping.Wrap, null, only, skip),
    };

    /// <summary>A Doom environment seen through its observation's <c>screen</c> alone, for the image wrappers.</summary>
    public static IEnvironment<byte[], int> Screen(IEnvironment<IReadOnlyDictionary<string, object>, int> environment) =>
        environment.WithTransformObservation(DoomObservations.ScreenOf, (Box<byte>)((DictSpace)environment.ObservationSpace)[DoomObservations.Screen]);

    /// <summary>The render mode wrappers that observe or record frames need.</summary>
    public static RenderMode Rgb => RgbOnly[0];

    private static Kind Family(string id) =>
        id == BuiltIns.CatMouse ? Kind.CatMouse : Kind.Dict;

    private enum Kind
    {
        CatMouse,
        Dict,
    }
}
