using RlGym.Core;
using RlGym.Core.Spaces;
using RlGym.Core.Wrappers;
using RlGym.Envs.CatMouse;
using Xunit;

namespace RlGym.Testing.Tests.Wrappers;

/// <summary>
/// The kit passes under each action wrapper on every layout of built-in spaces it applies to (<see cref="BuiltIns.LayoutIds"/>): the Box-action wrappers on
/// CatMouse's compass actions (the only built-in with continuous actions), the others on every single-agent one.
/// </summary>
public sealed class ActionWrapperKitTests
{
    [Fact]
    public void ClipAction() =>
        WrapperKit.Passes<CatMouseObservation, float[], CatMouseObservation, float[]>(BuiltIns.CatMouse, env => env.WithClipAction(), BuiltIns.Compass);

    [Fact]
    public void RescaleAction() =>
        WrapperKit.Passes<CatMouseObservation, float[], CatMouseObservation, float[]>(BuiltIns.CatMouse, env => env.WithRescaleAction(-1f, 1f), BuiltIns.Compass);

    [Fact]
    public void DiscretizeAction() =>
        WrapperKit.Passes<CatMouseObservation, float[], CatMouseObservation, int>(BuiltIns.CatMouse, env => env.WithDiscretizeAction(8), BuiltIns.Compass);

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void TransformAction(string id) => WrapperKit.Passes(id, new ReversedActions());

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void StickyAction(string id) => WrapperKit.Passes(id, new Sticky());

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void RepeatAction(string id) => WrapperKit.Passes(id, new Repeat());

    /// <summary>Every built-in's actions are Discrete(n): the transform numbers them backwards.</summary>
    private sealed class ReversedActions : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            var ints = (IEnvironment<TObs, int>)environment;
            var space = (Discrete)ints.ActionSpace;
            int last = space.Start + space.N - 1;
            return (IEnvironment<TObs, TAction>)ints.WithTransformAction<TObs, int, int>(a => last - a + space.Start, new Discrete(space.N, space.Start));
        }
    }

    private sealed class Sticky : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) => environment.WithStickyAction(0.5, 2);
    }

    private sealed class Repeat : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) => environment.WithRepeatAction(3);
    }
}
