using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tests.Screen;

/// <summary>libvterm's screen, fed recorded real game output, against tmux's reading of the same bytes.</summary>
public sealed class VirtualTerminalTests
{
    private static readonly string Recordings = Path.Combine(AppContext.BaseDirectory, "Recordings");

    [Theory]
    [InlineData(10, 14, 30)]
    [InlineData(16, 6, 59)]
    public void RecordedOutputGivesTheScreenTmuxShows(int frames, int cursorRow, int cursorColumn)
    {
        var screen = Feed(frames);
        string[] expected = File.ReadAllLines(Path.Combine(Recordings, $"seed42-walk.frame{frames}.tmux.txt"));
        for (int row = 0; row < ScreenBuffer.Rows; row++)
        {
            Assert.Equal(row < expected.Length ? expected[row].TrimEnd() : "", screen.RowText(row));
        }
        Assert.Equal((cursorRow, cursorColumn), (screen.CursorRow, screen.CursorColumn));
    }

    [Fact]
    public void ColoursFollowNetHacksPaletteWithBoldAsBrightAndReverseVideoPlus16()
    {
        var screen = Feed(16);
        Assert.Equal((byte)'@', screen.At(6, 59));
        Assert.Equal(15, screen.ColorAt(6, 59));      // the hero: bold white
        Assert.Equal((byte)'f', screen.At(5, 60));
        Assert.Equal(15 + 16, screen.ColorAt(5, 60)); // the kitten: bold white in reverse video (hilite_pet)
        Assert.Equal((byte)'+', screen.At(4, 64));
        Assert.Equal(3, screen.ColorAt(4, 64));       // a closed door: brown
        Assert.Equal((byte)'<', screen.At(4, 61));
        Assert.Equal(7, screen.ColorAt(4, 61));       // the default colour
        Assert.Equal(0, screen.ColorAt(12, 10));      // a blank never drawn on
    }

    [Fact]
    public void ResetBlanksTheScreen()
    {
        using var terminal = new VirtualTerminal();
        terminal.Write("\u001b[5;5HHello"u8);
        terminal.Reset();
        var screen = new ScreenBuffer();
        terminal.Read(screen);
        Assert.All(Enumerable.Range(0, ScreenBuffer.Rows), r => Assert.Equal("", screen.RowText(r)));
        Assert.Equal((0, 0), (screen.CursorRow, screen.CursorColumn));
    }

    [Fact]
    public void FrameTimesOfTheRecordingIncrease()
    {
        var frames = TtyrecReader.Read(Path.Combine(Recordings, "seed42-walk.ttyrec"));
        Assert.Equal(16, frames.Count);
        var times = frames.Select(f => f.Seconds * 1_000_000 + f.Microseconds).ToList();
        Assert.Equal(times.Order(), times);
    }

    private static ScreenBuffer Feed(int frames)
    {
        using var terminal = new VirtualTerminal();
        foreach (var frame in TtyrecReader.Read(Path.Combine(Recordings, "seed42-walk.ttyrec")).Take(frames))
        {
            terminal.Write(frame.Bytes);
        }
        var screen = new ScreenBuffer();
        terminal.Read(screen);
        return screen;
    }
}
