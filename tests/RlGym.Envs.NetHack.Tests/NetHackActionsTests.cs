namespace RlGym.Envs.NetHack.Tests;

public sealed class NetHackActionsTests
{
    [Fact]
    public void TheFullKeyboardHasNlesEntriesInNlesOrder()
    {
        var full = NetHackActions.Full;
        Assert.Equal(121, full.Count);
        Assert.Equal(118, full.Select(a => a.Key).Distinct().Count());
        Assert.Equal(new NetHackAction("CompassDirection.N", (byte)'k'), full[0]);
        Assert.Equal(new NetHackAction("CompassDirectionLonger.NW", (byte)'Y'), full[15]);
        Assert.Equal(new NetHackAction("MiscAction.MORE", 13), full[19]);
        Assert.Equal(new NetHackAction("Command.EXTCMD", (byte)'#'), full[20]);
        Assert.Equal(new NetHackAction("Command.KICK", 4), full.Single(a => a.Name == "Command.KICK"));
        Assert.Equal(0x80 | 'q', full.Single(a => a.Name == "Command.QUIT").Key);
        Assert.Equal(27, full.Single(a => a.Name == "Command.ESC").Key);
        Assert.Equal(new NetHackAction("TextCharacters.DOLLAR", (byte)'$'), full[^1]);
    }

    [Fact]
    public void TheTaskSetIsNlesTwentyThree()
    {
        // MORE, the 8 compass moves, the 8 long moves, up, down, wait, kick, eat, search
        Assert.Equal("\rkljhunbyKLJHUNBY<>.\u0004es", new string([.. NetHackActions.Task.Select(a => (char)a.Key)]));
    }

    [Theory]
    [InlineData((byte)'k', "k")]
    [InlineData((byte)4, "^D")]
    [InlineData((byte)(0x80 | 'q'), "M-q")]
    [InlineData((byte)13, "Enter")]
    public void KeysReadAsTheyAreTyped(byte key, string text) => Assert.Equal(text, NetHackActions.Describe(key));

    [Fact]
    public void TheUsefulSetIsNles86ActionsEndingWithSpace()
    {
        Assert.Equal(86, NetHackActions.Useful.Count);
        Assert.Equal("TextCharacters.SPACE", NetHackActions.Useful[^1].Name);
        Assert.DoesNotContain(NetHackActions.Useful, a => a.Name is "Command.QUIT" or "Command.SAVE" or "Command.TRAVEL" or "Command.EXTCMD");
        Assert.Equal(86, NetHackActions.Useful.Select(a => a.Key).Distinct().Count());
    }
}
