using RlGym.Core;
namespace RlGym.Envs.Doom.Tests.Maps;

public sealed class MapParserTests
{
    [Fact]
    public void UnknownSymbolIsReportedWithLineAndColumn()
    {
        string text = "; a comment\n#####\n#>.Q#\n#####\n";
        var error = Assert.Throws<MapFormatException>(() => DoomMap.Parse(text, "bad.map"));
        Assert.Equal((3, 4), (error.Line, error.Column));
        Assert.StartsWith("bad.map:3:4: unknown symbol 'Q'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingStartIsReported()
    {
        var error = Assert.Throws<MapFormatException>(() => DoomMap.Parse("\n#####\n#...#\n#####\n", "empty.map"));
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("no player start", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreachableGoalIsReportedAtTheGoal()
    {
        string text = "#######\n#>.#.V#\n#######\n";
        var error = Assert.Throws<MapFormatException>(() => DoomMap.Parse(text, "walled.map"));
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.Contains("cannot be reached from the player start at line 2, column 2", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RowsOfDifferentLengthsAreReportedWhereTheyDiffer()
    {
        var error = Assert.Throws<MapFormatException>(() => DoomMap.Parse("#####\n#>.#\n#####\n", "ragged.map"));
        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.Contains("has 4 cells but the first row (line 1) has 5", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FloorOnTheEdgeIsReported()
    {
        var error = Assert.Throws<MapFormatException>(() => DoomMap.Parse("#####\n#>...\n#####\n", "open.map"));
        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.Contains("edge", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CellsAreCountedFromTheSouthWithTextPositionsKept()
    {
        var map = DoomMap.Parse(";c\n#####\n#^.V#\n#2.+#\n#####\n", "small.map");
        Assert.Equal((5, 4), (map.Width, map.Height));
        var start = Assert.Single(map.Starts);
        Assert.Equal(new MapStart(1, 2, 90), start);
        Assert.Contains(new MapPlacement(DoomObjectKind.GreenArmor, 3, 2), map.Placements);
        Assert.Contains(new MapPlacement(DoomObjectKind.Medkit, 3, 1), map.Placements);
        Assert.Equal(2, map.WallTexture(1, 1));
        Assert.True(map.IsWall(-1, 0));
        Assert.Equal((3, 2), map.TextPosition(1, 2));
    }

    [Fact]
    public void EveryBuiltInMapParses()
    {
        Assert.Equal(DoomScenarios.All.Select(s => s.Map).Append("duel").Order(StringComparer.Ordinal), DoomMap.BuiltInNames);
        foreach (string name in DoomMap.BuiltInNames)
        {
            Assert.NotEmpty(DoomMap.BuiltIn(name).Starts);
        }
    }

    [Fact]
    public void AUserMapFileLoadsByPathAndAnUnknownNameIsExplained()
    {
        string path = Path.Combine(Path.GetTempPath(), $"doom-{Guid.NewGuid():N}.map");
        File.WriteAllText(path, "#####\n#>.V#\n#####\n");
        try
        {
            Assert.Equal(path, DoomMap.Resolve(path).Name);
        }
        finally
        {
            File.Delete(path);
        }
        var error = Assert.Throws<UserInputException>(() => DoomMap.Resolve("no_such_map"));
        Assert.Contains("neither a built-in map (basic, deadly_corridor", error.Message, StringComparison.Ordinal);
    }
}
