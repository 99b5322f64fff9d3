using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Wrappers;

namespace RlGym.Core.Tests.Wrappers;

/// <summary>Wrappers whose job is not to make a new observation add no allocation to a step.</summary>
public sealed class WrapperAllocationTests
{
    private static long StepAllocation<TObs, TAction>(IEnvironment<TObs, TAction> env, TAction action)
    {
        env.Reset(seed: 1);
        env.Step(action);
        env.Step(action);
        long before = GC.GetAllocatedBytesForCurrentThread();
        env.Step(action);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    public static TheoryData<string> RewardAndActionWrappers() =>
        ["ClipReward", "TransformReward", "NormalizeReward", "StickyAction", "RepeatAction", "Autoreset", "TransformAction"];

    [Theory]
    [MemberData(nameof(RewardAndActionWrappers))]
    public void Reward_and_action_wrappers_allocate_nothing_of_their_own(string wrapper)
    {
        long bare = StepAllocation(new CounterEnvironment(), 1);
        var env = new CounterEnvironment();
        IEnvironment<float[], int> wrapped = wrapper switch
        {
            "ClipReward" => env.WithClipReward(-1, 1),
            "TransformReward" => env.WithTransformReward(r => r * 2),
            "NormalizeReward" => env.WithNormalizeReward(),
            "StickyAction" => env.WithStickyAction(0.5),
            "RepeatAction" => env.WithRepeatAction(1),
            "Autoreset" => env.WithAutoreset(),
            _ => env.WithTransformAction<float[], int, int>(a => 1 - a, new RlGym.Core.Spaces.Discrete(2)),
        };

        Assert.Equal(bare, StepAllocation(wrapped, 1));
    }

    [Fact]
    public void Box_action_wrappers_allocate_nothing_of_their_own()
    {
        float[] action = [0.5f, 0.5f];
        long bare = StepAllocation(new BoxActionEnvironment([0f, 0f], [1f, 1f]), action);

        Assert.Equal(bare, StepAllocation(new BoxActionEnvironment([0f, 0f], [1f, 1f]).WithClipAction(), action));
        Assert.Equal(bare, StepAllocation(new BoxActionEnvironment([0f, 0f], [1f, 1f]).WithRescaleAction(), action));
        Assert.Equal(bare, StepAllocation(new BoxActionEnvironment([0f, 0f], [1f, 1f]).WithDiscretizeAction(3), 4));
    }
}
