using RlGym.Agents.Doom.Student;

namespace RlGym.Agents.Doom.Tests.Student;

public sealed class DoomStudentTests
{
    [Fact]
    public void Actions_are_in_the_scenarios_discrete_space_one_per_input()
    {
        using var student = new DoomStudent(Frames.Tiny, 1);
        var actions = Frames.Decide(student, Frames.Random(Frames.Tiny.InputSize * 16, 2));
        Assert.Equal(16, actions.Length);
        Assert.All(actions, a => Assert.InRange(a, 0, Frames.Tiny.Actions - 1));
    }

    [Fact]
    public void The_same_seed_gives_the_same_network_and_another_seed_another()
    {
        var inputs = Frames.Random(Frames.Tiny.InputSize * 64, 3);
        using var a = new DoomStudent(Frames.Tiny, 5);
        using var b = new DoomStudent(Frames.Tiny, 5);
        using var c = new DoomStudent(Frames.Tiny, 6);
        Assert.Equal(Frames.Logits(a, inputs), Frames.Logits(b, inputs));
        Assert.NotEqual(Frames.Logits(a, inputs), Frames.Logits(c, inputs));
    }

    [Fact]
    public void Inputs_of_the_wrong_length_are_refused_with_the_sizes()
    {
        using var student = new DoomStudent(Frames.Tiny, 1);
        var error = Assert.Throws<ArgumentException>(() => student.Decide(new byte[Frames.Tiny.InputSize + 1], new int[1]));
        Assert.Contains($"{Frames.Tiny.InputSize} bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(35, 36, "Width")]
    [InlineData(48, 400, "Height")]
    public void Frames_the_network_cannot_take_are_refused(int width, int height, string field)
    {
        var error = Assert.Throws<ArgumentException>(() => new DoomStudent(Frames.Tiny with { Width = width, Height = height }, 0));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_environment_options_ask_for_its_own_frames()
    {
        var options = Frames.Tiny.EnvironmentOptions();
        Assert.Equal("48x36", options.GetString("resolution", ""));
        Assert.Equal("gray", options.GetString("screen_format", ""));
        Assert.Equal(4, options.GetInt("frame_skip", 0));
    }
}
