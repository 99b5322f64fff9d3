using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tests.Screen;

public sealed class ScreenReaderTests
{
    [Fact]
    public void TheCursorOnTheMapMeansACommand()
    {
        var screen = Screens.Make(7, 60, (0, 0, "You see here a spherical amulet."), (7, 60, "@"));
        Assert.Equal(InputMode.Command, ScreenReader.Classify(screen));
        Assert.Equal("You see here a spherical amulet.", ScreenReader.Message(screen, InputMode.Command));
    }

    [Fact]
    public void MoreAfterAMessageWaitsForSpaceAndLeavesTheMessage()
    {
        const string Top = "Hello Agent, welcome to NetHack!  You are a neutral male human Monk.--More--";
        var screen = Screens.Make(0, Top.Length, (0, 0, Top));
        Assert.Equal(InputMode.More, ScreenReader.Classify(screen));
        Assert.Equal("Hello Agent, welcome to NetHack!  You are a neutral male human Monk.", ScreenReader.Message(screen, InputMode.More));
    }

    [Fact]
    public void MoreUnderAFullScreenWindowLeavesNoMessage()
    {
        var screen = Screens.Make(5, 8, (0, 0, "Things that are here:"), (5, 0, "--More--"));
        Assert.Equal(InputMode.More, ScreenReader.Classify(screen));
        Assert.Equal("", ScreenReader.Message(screen, InputMode.More));
    }

    [Theory]
    [InlineData("(end) ")]
    [InlineData("(1 of 2)")]
    public void MenuPagesWaitForSpace(string marker)
    {
        var screen = Screens.Make(14, 30 + marker.Length, (0, 24, " Armor"), (14, 30, marker));
        Assert.Equal(InputMode.Menu, ScreenReader.Classify(screen));
        Assert.Equal("", ScreenReader.Message(screen, InputMode.Menu));
    }

    [Theory]
    [InlineData("Really attack the watchman? [yn] (n) ", true)]
    [InlineData("What do you want to eat? [fg or ?*] ", true)]
    [InlineData("In what direction? ", true)]
    [InlineData("What do you want to name this gem? ", false)]
    [InlineData("# ", false)]
    public void QuestionsOnTheTopLineAreOneKeyOrTextPrompts(string prompt, bool oneKey)
    {
        var expected = oneKey ? InputMode.YesNo : InputMode.TextEntry;
        var screen = Screens.Make(0, prompt.Length, (0, 0, prompt));
        Assert.Equal(expected, ScreenReader.Classify(screen));
        Assert.Equal(prompt.Trim(), ScreenReader.Message(screen, expected));
    }
}
