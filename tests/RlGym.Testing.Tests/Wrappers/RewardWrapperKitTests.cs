using RlGym.Core;
using RlGym.Core.Wrappers;
using Xunit;

namespace RlGym.Testing.Tests.Wrappers;

/// <summary>The kit passes on every layout of built-in spaces (<see cref="BuiltIns.LayoutIds"/>) under each reward wrapper.</summary>
public sealed class RewardWrapperKitTests
{
    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void ClipReward(string id) => WrapperKit.Passes(id, new ClipRewardWrapping());

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void TransformReward(string id) => WrapperKit.Passes(id, new TransformRewardWrapping());

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void NormalizeReward(string id) => WrapperKit.Passes(id, new NormalizeRewardWrapping());

    private sealed class ClipRewardWrapping : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) => environment.WithClipReward(-1, 1);
    }

    private sealed class TransformRewardWrapping : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) => environment.WithTransformReward(r => 2 * r + 1);
    }

    private sealed class NormalizeRewardWrapping : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) => environment.WithNormalizeReward();
    }
}
