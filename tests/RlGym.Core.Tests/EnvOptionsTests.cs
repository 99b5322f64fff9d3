namespace RlGym.Core.Tests;

public sealed class EnvOptionsTests
{
    [Fact]
    public void Parses_command_line_pairs()
    {
        var options = EnvOptions.Parse(["width=8,height=7", "actions = compass"]);
        Assert.Equal(8, options.GetInt("width", 6));
        Assert.Equal(7, options.GetInt("height", 6));
        Assert.Equal("compass", options.GetChoice("actions", "discrete", "discrete", "compass"));
        Assert.Equal(6, options.GetInt("missing", 6));
    }

    [Fact]
    public void Malformed_pairs_name_the_item()
    {
        var error = Assert.Throws<UserInputException>(() => EnvOptions.Parse(["width8"]));
        Assert.Contains("'width8'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1")]
    [InlineData("2.5")]
    public void Bad_values_name_the_option_the_value_and_the_range(string value)
    {
        var error = Assert.Throws<UserInputException>(() => EnvOptions.Of(("width", value)).GetInt("width", 6, min: 2, max: 100));
        Assert.Contains("'width'", error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
        Assert.Contains("from 2 to 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_values_booleans_and_doubles_convert()
    {
        var options = EnvOptions.Of(("a", 3), ("b", "yes"), ("c", "0.5"), ("d", false));
        Assert.Equal(3, options.GetInt("a", 0));
        Assert.True(options.GetBool("b", false));
        Assert.Equal(0.5, options.GetDouble("c", 0));
        Assert.False(options.GetBool("d", true));
        Assert.Throws<UserInputException>(() => EnvOptions.Of(("c", "nan")).GetDouble("c", 0));
        Assert.Throws<UserInputException>(() => EnvOptions.Of(("c", "maybe")).GetBool("c", false));
    }

    [Fact]
    public void With_overrides_and_Without_removes()
    {
        var merged = EnvOptions.Of(("a", 1), ("b", 2)).With(EnvOptions.Of(("b", 3)));
        Assert.Equal(3, merged.GetInt("b", 0));
        Assert.False(merged.Without("a").ContainsKey("a"));
        Assert.Equal("a=1,b=3", merged.ToString());
    }

    [Fact]
    public void Required_options_fill_what_is_missing_keep_what_agrees_and_refuse_what_contradicts()
    {
        var required = EnvOptions.Of(("frame_skip", 4), ("screen_format", "gray"));

        var merged = EnvOptions.Parse(["frame_skip=4", "map=e1m1"]).WithRequired(required, "doom-student:s.ckpt");
        Assert.Equal("4", merged["frame_skip"]);
        Assert.Equal("gray", merged["screen_format"]);
        Assert.Equal("e1m1", merged["map"]);
        Assert.Equal("GRAY", EnvOptions.Parse(["screen_format=GRAY"]).WithRequired(required, "x")["screen_format"]);

        var error = Assert.Throws<UserInputException>(() => EnvOptions.Parse(["frame_skip=1"]).WithRequired(required, "doom-student:s.ckpt"));
        Assert.Equal("Option 'frame_skip' is 1 but doom-student:s.ckpt was trained with frame_skip=4; drop the option (the trained value is applied) or give frame_skip=4.", error.Message);
        Assert.Same(merged, merged.WithRequired(EnvOptions.Empty, "random"));
    }
}
