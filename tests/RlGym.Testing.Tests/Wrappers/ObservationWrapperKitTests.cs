using RlGym.Core;
using RlGym.Core.Spaces;
using RlGym.Core.Wrappers;
using RlGym.Envs.CatMouse;
using Xunit;

namespace RlGym.Testing.Tests.Wrappers;

/// <summary>
/// The kit passes under each observation wrapper on every layout of built-in spaces it applies to (<see cref="BuiltIns.LayoutIds"/>). Image wrappers apply to
/// Doom's pixels (its observation's screen); float-Box wrappers to any built-in once flattened (Doom's and NetHack's Dicts, CatMouse's four numbers); FilterObservation to NetHack's Dict; DiscretizeObservation to CatMouse (Doom's and NetHack's boxes have too
/// many items for one Discrete); AddRenderObservation to the environments that draw RGB frames.
/// NormalizeObservation updates its statistics at every reset, so a second reset with the same seed on the same
/// environment is normalised differently by design: its reset check is left out (determinism across two environments is checked).
/// DelayObservation starts every episode with zeros whatever the seed, so its seeds-differ check is left out.
/// </summary>
public sealed class ObservationWrapperKitTests
{
    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void FlattenObservation(string id) => WrapperKit.Passes(id, new Flatten());

    [Theory]
    [MemberData(nameof(BuiltIns.NetHackLayouts), MemberType = typeof(BuiltIns))]
    public void FilterObservation(string id) =>
        WrapperKit.Passes<IReadOnlyDictionary<string, object>, int, IReadOnlyDictionary<string, object>, int>(id, env => env.WithFilterObservation("blstats", "chars"));

    [Theory]
    [MemberData(nameof(BuiltIns.DoomLayouts), MemberType = typeof(BuiltIns))]
    public void DtypeObservation(string id) => WrapperKit.Passes<IReadOnlyDictionary<string, object>, int, float[], int>(id, env => WrapperKit.Screen(env).WithDtypeObservation<byte, float, int>());

    [Theory]
    [MemberData(nameof(BuiltIns.DoomLayouts), MemberType = typeof(BuiltIns))]
    public void ReshapeObservation(string id) => WrapperKit.Passes<IReadOnlyDictionary<string, object>, int, byte[], int>(id, env =>
    {
        var screen = WrapperKit.Screen(env);
        var shape = screen.ObservationSpace.Shape;
        return screen.WithReshapeObservation(shape[0] * shape[1], shape[2]);
    });

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void RescaleObservation(string id) => WrapperKit.Passes(id, new FlattenThen(env => env.WithRescaleObservation(-1f, 1f)));

    [Theory]
    [MemberData(nameof(BuiltIns.DoomLayouts), MemberType = typeof(BuiltIns))]
    public void ResizeObservation(string id) => WrapperKit.Passes<IReadOnlyDictionary<string, object>, int, byte[], int>(id, env => WrapperKit.Screen(env).WithResizeObservation(42, 42));

    [Theory]
    [MemberData(nameof(BuiltIns.DoomLayouts), MemberType = typeof(BuiltIns))]
    public void GrayscaleObservation(string id) => WrapperKit.Passes<IReadOnlyDictionary<string, object>, int, byte[], int>(id, env => WrapperKit.Screen(env).WithGrayscaleObservation(keepDim: true));

    [Theory]
    [MemberData(nameof(BuiltIns.DoomLayouts), MemberType = typeof(BuiltIns))]
    public void MaxAndSkipObservation(string id) => WrapperKit.Passes<IReadOnlyDictionary<string, object>, int, byte[], int>(id, env => WrapperKit.Screen(env).WithMaxAndSkipObservation(4));

    [Theory]
    [MemberData(nameof(BuiltIns.DoomLayouts), MemberType = typeof(BuiltIns))]
    public void DelayObservation(string id) => WrapperKit.Passes<IReadOnlyDictionary<string, object>, int, byte[], int>(id, env => WrapperKit.Screen(env).WithDelayObservation(2), null, null, CheckNames.SeedsDiffer);

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void TimeAwareObservation(string id) => WrapperKit.Passes(id, new TimeAware());

    [Theory]
    [MemberData(nameof(BuiltIns.RgbLayouts), MemberType = typeof(BuiltIns))]
    public void AddRenderObservation(string id) => WrapperKit.Passes(id, new PixelsOnly(), WrapperKit.Rgb);

    [Theory]
    [MemberData(nameof(BuiltIns.RgbLayouts), MemberType = typeof(BuiltIns))]
    public void AddRenderObservationWithState(string id) => WrapperKit.Passes(id, new PixelsAndState(), WrapperKit.Rgb);

    [Fact]
    public void DiscretizeObservation() =>
        WrapperKit.Passes<CatMouseObservation, int, int, int>(BuiltIns.CatMouse, env => env.WithFlattenObservation().WithDiscretizeObservation(6));

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void TransformObservation(string id) => WrapperKit.Passes(id, new FlattenThen(env => env.WithTransformObservation(o => o, env.ObservationSpace)));

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void NormalizeObservation(string id) => WrapperKit.Passes(id, new FlattenThen(env => env.WithNormalizeObservation()), null, CheckNames.Reset);

    private sealed class Flatten : ToFloats
    {
        public override IEnvironment<float[], TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) => environment.WithFlattenObservation();
    }

    /// <summary>Flattens the observations, then applies a float-Box wrapper (written for int actions: every built-in's).</summary>
    private sealed class FlattenThen(Func<IEnvironment<float[], int>, IEnvironment<float[], int>> then) : ToFloats
    {
        public override IEnvironment<float[], TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) =>
            (IEnvironment<float[], TAction>)then((IEnvironment<float[], int>)environment.WithFlattenObservation());
    }

    private sealed class TimeAware : ToFloats
    {
        public override IEnvironment<float[], TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) =>
            environment.WithTimeAwareObservation(environment.Spec?.MaxEpisodeSteps ?? 100_000, normalizeTime: true);
    }

    private sealed class PixelsOnly : SameTypesToPixels;

    private sealed class PixelsAndState : ToFloats
    {
        public override IEnvironment<float[], TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) =>
            environment.WithAddRenderObservation("pixels").WithFlattenObservation();
    }

    /// <summary>AddRenderObservation's pixels, flattened so every built-in shares one observation type here.</summary>
    private class SameTypesToPixels : ToFloats
    {
        public override IEnvironment<float[], TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) =>
            environment.WithAddRenderObservation().WithDtypeObservation<byte, float, TAction>();
    }
}
