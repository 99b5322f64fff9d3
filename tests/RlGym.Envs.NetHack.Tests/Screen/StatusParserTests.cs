using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tests.Screen;

public sealed class StatusParserTests
{
    [Fact]
    public void ReadsEveryFieldOfBothLines()
    {
        var blstats = Read(Screens.Status1, "Dlvl:3 $:42 HP:9(14) Pw:2(5) AC:-1 Xp:2/27 T:812 Hungry Burdened Conf Blind");
        Assert.Equal(20, blstats[Blstats.Strength]);
        Assert.Equal(19, blstats[Blstats.StrengthPercentage]);
        Assert.Equal([13, 7, 10, 13, 12], blstats[Blstats.Dexterity..(Blstats.Charisma + 1)]);
        Assert.Equal(0, blstats[Blstats.Alignment]);
        Assert.Equal(3, blstats[Blstats.Depth]);
        Assert.Equal((0, 3), (blstats[Blstats.DungeonNumber], blstats[Blstats.DungeonLevel]));
        Assert.Equal(42, blstats[Blstats.Gold]);
        Assert.Equal((9, 14), (blstats[Blstats.HitPoints], blstats[Blstats.MaxHitPoints]));
        Assert.Equal((2, 5), (blstats[Blstats.Energy], blstats[Blstats.MaxEnergy]));
        Assert.Equal(-1, blstats[Blstats.ArmorClass]);
        Assert.Equal((2, 27), (blstats[Blstats.ExperienceLevel], blstats[Blstats.ExperiencePoints]));
        Assert.Equal(812, blstats[Blstats.Time]);
        Assert.Equal(2, blstats[Blstats.HungerState]);
        Assert.Equal(1, blstats[Blstats.Encumbrance]);
        Assert.Equal(0x100 | 0x20, blstats[Blstats.Condition]);
        Assert.Equal(0, blstats[Blstats.HitDice]);
    }

    [Theory]
    [InlineData("St:16", 16, 16)]
    [InlineData("St:18", 18, 18)]
    [InlineData("St:18/50", 68, 20)]
    [InlineData("St:18/**", 118, 21)]
    [InlineData("St:19", 119, 19)]
    [InlineData("St:25", 125, 25)]
    public void StrengthIsStoredAsTheGameStoresIt(string field, long stored, long percentage)
    {
        var blstats = Read($"Agent the Candidate  {field} Dx:13 Co:7 In:10 Wi:13 Ch:12 Lawful", Screens.Status2);
        Assert.Equal(stored, blstats[Blstats.Strength]);
        Assert.Equal(percentage, blstats[Blstats.StrengthPercentage]);
        Assert.Equal(1, blstats[Blstats.Alignment]);
    }

    [Fact]
    public void PolymorphShowsHitDiceAndKeepsTheExperienceLevel()
    {
        long[] blstats = new long[Blstats.Count];
        Assert.True(StatusParser.TryRead(Screens.WithStatus(Screens.Status1, "Dlvl:1 $:0 HP:14(14) Pw:5(5) AC:4 Xp:3/40 T:9"), blstats, out _));
        Assert.True(StatusParser.TryRead(Screens.WithStatus(Screens.Status1, "Dlvl:1 $:0 HP:30(30) Pw:5(5) AC:2 HD:5 T:10 Stun"), blstats, out _));
        Assert.Equal(5, blstats[Blstats.HitDice]);
        Assert.Equal((3, 40), (blstats[Blstats.ExperienceLevel], blstats[Blstats.ExperiencePoints]));
        Assert.Equal(0x80, blstats[Blstats.Condition]);
    }

    [Fact]
    public void TheQuestHomeIsDungeonThree()
    {
        var blstats = Read(Screens.Status1, "Home 2 $:0 HP:14(14) Pw:5(5) AC:4 Xp:9/3000 T:9000");
        Assert.Equal((3, 2), (blstats[Blstats.DungeonNumber], blstats[Blstats.DungeonLevel]));
    }

    [Fact]
    public void AShownScoreIsReadAndSaidToBeShown()
    {
        long[] blstats = new long[Blstats.Count];
        Assert.True(StatusParser.TryRead(Screens.WithStatus("Agent the Candidate St:18/02 Dx:13 Co:7 In:10 Wi:13 Ch:12 Neutral S:123", Screens.Status2), blstats, out bool shown));
        Assert.True(shown);
        Assert.Equal(123, blstats[Blstats.Score]);
        Assert.True(StatusParser.TryRead(Screens.WithStatus(Screens.Status1, Screens.Status2), blstats, out shown));
        Assert.False(shown);
    }

    [Fact]
    public void ScreensWithoutStatusLinesChangeNothing()
    {
        long[] blstats = [.. Enumerable.Range(1, Blstats.Count).Select(i => (long)i)];
        long[] before = [.. blstats];
        Assert.False(StatusParser.TryRead(Screens.WithStatus("  a - an uncursed +2 pair of leather gloves", "(end)"), blstats, out _));
        Assert.Equal(before, blstats);
    }

    private static long[] Read(string first, string second)
    {
        long[] blstats = new long[Blstats.Count];
        Assert.True(StatusParser.TryRead(Screens.WithStatus(first, second), blstats, out _));
        return blstats;
    }
}
