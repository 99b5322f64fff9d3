using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Envs.NetHack.Tests.Environment;

/// <summary>
/// <c>screen_descriptions</c> kept as NLE keeps it (engine source): a map cell is described when the game draws it and
/// the descriptions are cleared with the map, so a cell a step redrew reads what describing it then says, a cell not
/// redrawn keeps its text, a cell not drawn since the last clear (dark stone) reads nothing, and the same seed gives the
/// same descriptions.
/// </summary>
public sealed class ScreenDescriptionsTests
{
    private const int Cells = NetHackObservation.MapRows * NetHackObservation.MapColumns;
    private const int Text = NetHackObservation.TextLength;

    [Theory]
    [InlineData(1UL, true, 120)] // the explorer goes down twice (steps 26 and 91)
    [InlineData(2UL, false, 150)]
    [InlineData(3UL, false, 150)]
    public void EachCellTheStepRedrewReadsWhatDescribingItNowSays(ulong seed, bool explore, int steps)
    {
        using var env = TestKit.Make("NetHackScore-v0"); // NLE's default keys: screen_descriptions among them
        var inner = TestKit.Inner(env);
        var agent = TestKit.Agents().Create("explorer", new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var rng = new System.Random((int)seed);
        var previous = new byte[Cells * Text];
        var previousGlyphs = new short[Cells];
        Array.Fill(previousGlyphs, (short)-1);
        var observation = env.Reset(seed).Observation;
        agent.BeginEpisode(seed);
        long level = TestKit.Blstats(observation)[Blstats.Depth];
        int levelChanges = 0, redrawn = 0;
        for (int step = 0; step < steps; step++)
        {
            redrawn += Check(inner, observation, previous, previousGlyphs, $"seed {seed}, step {step}");
            var result = env.Step(explore ? agent.Act(observation) : rng.Next(NetHackActions.Task.Count));
            if (result.IsDone)
            {
                break;
            }
            observation = result.Observation;
            long now = TestKit.Blstats(observation)[Blstats.Depth];
            levelChanges += now != level ? 1 : 0;
            level = now;
        }
        Assert.True(redrawn > 200, $"only {redrawn} redrawn cells were compared");
        Assert.True(!explore || levelChanges >= 1, "the explorer did not change level");
    }

    [Fact]
    public void TheSameSeedAndActionsGiveTheSameDescriptions()
    {
        var options = EnvOptions.Of(("observation_keys", "screen_descriptions"));
        using var a = TestKit.Make("NetHackScore-v0", options);
        using var b = TestKit.Make("NetHackScore-v0", options);
        var first = (byte[])a.Reset(seed: 6).Observation[NetHackObservation.ScreenDescriptions];
        Assert.Equal(first, (byte[])b.Reset(seed: 6).Observation[NetHackObservation.ScreenDescriptions]);
        Assert.Contains(first, x => x != 0);
        var rng = new System.Random(6);
        for (int i = 0; i < 100; i++)
        {
            int action = rng.Next(NetHackActions.Task.Count);
            var x = a.Step(action);
            var y = b.Step(action);
            Assert.Equal((byte[])x.Observation[NetHackObservation.ScreenDescriptions], (byte[])y.Observation[NetHackObservation.ScreenDescriptions]);
            if (x.IsDone)
            {
                break;
            }
        }
    }

    /// <summary>
    /// Checks the observation's descriptions against the step before's and against describing cells now: a cell the
    /// step redrew (its glyph changed to something other than dark stone) reads what describing it now says; a cell
    /// whose text changed, or that turned to dark stone, reads that too, or nothing when it shows dark stone (the map
    /// was cleared and the cell not drawn since). A cell neither redrawn nor changed keeps its text: NLE describes a cell when it is drawn, so what
    /// the hero learns of it later (how many gold pieces lie there) shows at its next drawing. Returns how many cells
    /// the step redrew.
    /// </summary>
    private static int Check(NetHackEnvironment inner, IReadOnlyDictionary<string, object> observation, byte[] previous, short[] previousGlyphs, string where)
    {
        var kept = (byte[])observation[NetHackObservation.ScreenDescriptions];
        var glyphs = (short[])observation[NetHackObservation.Glyphs];
        short stone = (short)inner.StoneGlyphForTest;
        var which = new byte[Cells];
        for (int cell = 0; cell < Cells; cell++)
        {
            bool changed = glyphs[cell] != previousGlyphs[cell];
            which[cell] = (byte)(changed && glyphs[cell] != stone ? 2
                : changed || !kept.AsSpan(cell * Text, Text).SequenceEqual(previous.AsSpan(cell * Text, Text)) ? 1 : 0);
        }
        var fresh = new byte[Cells * Text];
        inner.DescribeScreenForTest(which, fresh);
        int count = 0;
        for (int cell = 0; cell < Cells; cell++)
        {
            if (which[cell] == 0)
            {
                continue;
            }
            var text = kept.AsSpan(cell * Text, Text);
            bool same = text.SequenceEqual(fresh.AsSpan(cell * Text, Text));
            bool cleared = glyphs[cell] == stone && !text.ContainsAnyExcept((byte)0);
            Assert.True(same || (which[cell] == 1 && cleared),
                $"{where}: cell ({cell % NetHackObservation.MapColumns}, {cell / NetHackObservation.MapColumns}) reads '{Decode(text)}', described now '{Decode(fresh.AsSpan(cell * Text, Text))}'");
            count += which[cell] == 2 ? 1 : 0;
        }
        kept.CopyTo(previous, 0);
        glyphs.CopyTo(previousGlyphs, 0);
        return count;
    }

    private static string Decode(ReadOnlySpan<byte> text) => System.Text.Encoding.ASCII.GetString(text).TrimEnd('\0');
}
