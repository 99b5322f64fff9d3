using RlGym.Agents.Doom.Student;

namespace RlGym.Agents.Doom.Tests.Student;

public sealed class FrameStackTests
{
    [Fact]
    public void The_first_frame_fills_the_stack_and_later_frames_push_out_the_oldest()
    {
        var stack = new FrameStack(2, 3);
        var input = new byte[6];
        stack.Reset([1, 1]);
        stack.CopyTo(input);
        Assert.Equal(new byte[] { 1, 1, 1, 1, 1, 1 }, input);
        stack.Push([2, 2]);
        stack.Push([3, 3]);
        stack.Push([4, 4]);
        stack.CopyTo(input);
        Assert.Equal(new byte[] { 2, 2, 3, 3, 4, 4 }, input);
    }

    [Fact]
    public void Area_resampling_averages_and_turns_rgb_to_the_renderers_grey()
    {
        // A 2x4 RGB image: left half pure red (grey 77), right half white.
        byte[] rgb = [255, 0, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 255, 0, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255];
        var frame = new byte[2];
        new FrameResampler(2, 4, 3, 1, 2).Resample(rgb, frame);
        Assert.Equal(new byte[] { 77, 255 }, frame);
        var same = new FrameResampler(1, 2, 1, 1, 2);
        Assert.True(same.IsIdentity);
        same.Resample([9, 8], frame);
        Assert.Equal(new byte[] { 9, 8 }, frame);
    }
}
