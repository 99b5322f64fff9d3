using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tests.Screen;

public sealed class GameViewTests
{
    [Fact]
    public void TheHeroIsOnTheStairsWhenItStandsWhereAStaircaseDownWasSeen()
    {
        var view = new GameView();
        view.Clear();
        view.Update(Frame(heroColumn: 10, stairsColumn: 12), running: true);
        Assert.False(view.StairsDown);
        Assert.Equal((4, 10), (view.HeroRow, view.HeroColumn));
        view.Update(Frame(heroColumn: 12, stairsColumn: -1), running: true);
        Assert.True(view.StairsDown);
        Assert.Equal((4, 12), (view.HeroRow, view.HeroColumn));
        view.Update(Frame(heroColumn: 13, stairsColumn: 12), running: true);
        Assert.False(view.StairsDown);
    }

    [Fact]
    public void ANewLevelForgetsWhatWasSeen()
    {
        var view = new GameView();
        view.Clear();
        view.Update(Frame(heroColumn: 10, stairsColumn: 12), running: true);
        view.Update(Frame(heroColumn: 12, stairsColumn: -1, depth: 2), running: true);
        Assert.False(view.StairsDown);
        Assert.Equal(2, view.DeepestLevel);
    }

    [Fact]
    public void TheScoreIsDerivedFromGoldExperienceAndDepth()
    {
        var view = new GameView();
        view.Clear();
        view.Update(Frame(heroColumn: 10, stairsColumn: -1, gold: 5, experience: 0), running: true);
        Assert.Equal(0, view.Blstats[Blstats.Score]);
        view.Update(Frame(heroColumn: 10, stairsColumn: -1, gold: 25, experience: 9, depth: 3), running: true);
        Assert.Equal(20 + 4 * 9 + 50 * 2, view.Blstats[Blstats.Score]);
    }

    private static ScreenBuffer Frame(int heroColumn, int stairsColumn, int depth = 1, int gold = 0, int experience = 0)
    {
        var writes = new List<(int, int, string)>
        {
            (5, 8, "|......|"),
            (5, heroColumn, "@"),
            (22, 0, Screens.Status1),
            (23, 0, $"Dlvl:{depth} $:{gold} HP:14(14) Pw:5(5) AC:4 Xp:1/{experience} T:1"),
        };
        if (stairsColumn >= 0)
        {
            writes.Add((5, stairsColumn, ">"));
        }
        return Screens.Make(5, heroColumn, [.. writes]);
    }
}
