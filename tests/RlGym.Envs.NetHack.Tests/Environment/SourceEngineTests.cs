using RlGym.Core;
using RlGym.Core.Spaces;
using RlGym.Envs.NetHack.Tests.Game;

namespace RlGym.Envs.NetHack.Tests.Environment;

/// <summary>NetHack built from source (engine source, the default): NLE's observation from the game's own state.</summary>
public sealed class SourceEngineTests
{
    [Fact]
    public void ObservationsHaveNlesKeysShapesAndTypes()
    {
        using var env = TestKit.Make("NetHackScore-v0");
        var space = Assert.IsType<DictSpace>(env.ObservationSpace);
        Assert.Equal(
            ["glyphs", "chars", "colors", "specials", "blstats", "message", "inv_glyphs", "inv_strs", "inv_letters", "inv_oclasses",
             "screen_descriptions", "tty_chars", "tty_colors", "tty_cursor"], // NLE's default, in NLE's order
            space.Spaces.Select(s => s.Key));
        Assert.Equal([21, 79], space["glyphs"].Shape);
        Assert.Equal(typeof(short[]), space["glyphs"].ElementType);
        Assert.Equal(typeof(long[]), space["blstats"].ElementType);
        Assert.Equal([55, 80], space["inv_strs"].Shape);
        Assert.Equal([21, 79, 80], space["screen_descriptions"].Shape);
        Assert.Equal(typeof(short[]), space["inv_glyphs"].ElementType);
        var observation = env.Reset(seed: 1).Observation;
        Assert.True(space.Contains(observation));
    }

    [Theory]
    [InlineData("NetHack-v0", 14)]
    [InlineData("NetHackStaircase-v0", 14)]
    [InlineData("NetHackChallenge-v0", 14)] // NLE's Challenge set exactly: misc, and no screen_descriptions
    public void EachTaskObservesNlesDefaultKeysForIt(string id, int count)
    {
        using var env = TestKit.Make(id);
        var keys = Assert.IsType<DictSpace>(env.ObservationSpace).Spaces.Select(s => s.Key).ToList();
        Assert.Equal(count, keys.Count);
        bool challenge = id == "NetHackChallenge-v0";
        Assert.Equal(challenge, keys.Contains("misc"));
        Assert.Equal(!challenge, keys.Contains("screen_descriptions"));
        Assert.DoesNotContain("program_state", keys);
        Assert.DoesNotContain("internal", keys);
    }

    [Fact]
    public void TheHeroIsAtNlesXAndYInCharsGlyphsAndTheTerminal()
    {
        using var env = TestKit.Make("NetHackScore-v0");
        var observation = env.Reset(seed: 3).Observation;
        for (int i = 0; i < 30; i++)
        {
            long[] blstats = TestKit.Blstats(observation);
            int cell = (int)(blstats[Blstats.Y] * 79 + blstats[Blstats.X]);
            Assert.Equal((byte)'@', ((byte[])observation["chars"])[cell]);
            Assert.Equal((byte)'@', ((byte[])observation["tty_chars"])[(int)((blstats[Blstats.Y] + 1) * 80 + blstats[Blstats.X])]);
            short glyph = ((short[])observation["glyphs"])[cell];
            Assert.InRange(glyph, 0, 380); // a monster glyph: the hero shows as the monk's own
            observation = env.Step(TestKit.Action("CompassDirection.E")).Observation;
        }
    }

    [Fact]
    public void BlankCellsAreDarkStoneAndTheInventoryIsTheMonksKit()
    {
        using var env = TestKit.Make("NetHackScore-v0");
        var observation = env.Reset(seed: 1).Observation;
        var glyphs = (short[])observation["glyphs"];
        var chars = (byte[])observation["chars"];
        short stone = glyphs[0];
        Assert.All(Enumerable.Range(0, glyphs.Length).Where(i => glyphs[i] == stone), i => Assert.Equal((byte)' ', chars[i]));
        var letters = (byte[])observation["inv_letters"];
        Assert.Equal((byte)'a', letters[0]);
        string first = System.Text.Encoding.ASCII.GetString((byte[])observation["inv_strs"], 0, 80).TrimEnd('\0');
        Assert.Contains("leather gloves", first, StringComparison.Ordinal);
        Assert.Equal(0, ((byte[])observation["inv_letters"])[54]);
    }

    [Fact]
    public void ScreenDescriptionsAndOtherKeysComeOnRequest()
    {
        using var env = TestKit.Make("NetHackScore-v0", EnvOptions.Of(("observation_keys", "blstats,screen_descriptions")));
        var observation = env.Reset(seed: 1).Observation;
        Assert.Equal(["blstats", "screen_descriptions"], observation.Keys.Order(StringComparer.Ordinal));
        long[] blstats = TestKit.Blstats(observation);
        int cell = (int)(blstats[Blstats.Y] * 79 + blstats[Blstats.X]);
        string hero = System.Text.Encoding.ASCII.GetString((byte[])observation["screen_descriptions"], cell * 80, 80).TrimEnd('\0');
        Assert.Contains("human monk called Agent", hero, StringComparison.Ordinal);
        var error = Assert.ThrowsAny<ArgumentException>(() => TestKit.Make("NetHackScore-v0", EnvOptions.Of(("observation_keys", "glyphs,pixels"))));
        Assert.Contains("'pixels' is not one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FixedCoreAndDisplaySeedsFixTheGameWhateverTheResetSeed()
    {
        var options = EnvOptions.Of(("seed_core", "123"), ("seed_disp", "456"));
        using var a = TestKit.Make("NetHackScore-v0", options);
        using var b = TestKit.Make("NetHackScore-v0", options);
        using var c = TestKit.Make("NetHackScore-v0");
        var first = a.Reset(seed: 1).Observation;
        Assert.True(a.ObservationSpace.ValuesEqual(first, b.Reset(seed: 2).Observation));
        Assert.False(a.ObservationSpace.ValuesEqual(first, c.Reset(seed: 1).Observation));
    }

    [Fact]
    public void GamesAfterTheFirstReuseTheCopysStackAndPristineDataInsteadOfMappingNewOnes()
    {
        // Each copy of the library maps its pristine data (about 250 kB) and a 16 MB game stack once; a reset that lost
        // them mapped new ones every game and leaked about 265 kB of resident memory an episode.
        using var env = TestKit.Make("NetHackScore-v0");
        env.Reset(seed: 1);
        env.Step(TestKit.Action("CompassDirection.E"));
        nint[] first = TestKit.Inner(env).KeptMemoryForTest();
        Assert.DoesNotContain((nint)0, first);
        for (ulong seed = 2; seed <= 6; seed++)
        {
            env.Reset(seed: seed);
            env.Step(TestKit.Action("CompassDirection.E"));
            Assert.Equal(first, TestKit.Inner(env).KeptMemoryForTest());
        }
    }

    [Fact]
    public void AGameAfterAnotherInTheSameEnvironmentIsTheGameAFreshEnvironmentPlays()
    {
        // The environment keeps its copy of the game library across episodes and puts it back as loaded at each reset.
        using var used = TestKit.Make("NetHackScore-v0");
        using var fresh = TestKit.Make("NetHackScore-v0");
        var rng = new RlGym.Core.Random.Rng(8);
        used.Reset(seed: 5);
        for (int i = 0; i < 200 && !used.Step(rng.NextInt(NetHackActions.Task.Count)).IsDone; i++)
        {
        }
        var space = used.ObservationSpace;
        Assert.True(space.ValuesEqual(fresh.Reset(seed: 9).Observation, used.Reset(seed: 9).Observation), "the reset observations differ");
        for (int i = 0; i < 200; i++)
        {
            int action = rng.NextInt(NetHackActions.Task.Count);
            var a = fresh.Step(action);
            var b = used.Step(action);
            Assert.True(space.ValuesEqual(a.Observation, b.Observation), $"the observations differ at step {i}");
            Assert.Equal((a.Reward, a.Terminated), (b.Reward, b.Terminated));
            if (a.IsDone)
            {
                break;
            }
        }
    }
}
