using RlGym.Core;
using RlGym.Core.Spaces;
using RlGym.Envs.NetHack.Native;
using RlGym.Envs.NetHack.Tests.Game;

namespace RlGym.Envs.NetHack.Tests.Environment;

[Collection(ProcessCollection.Name)]
public sealed class NetHackEnvironmentTests
{
    [Fact]
    public void TheStockBinarysObservationsHaveNlesKeysShapesAndTypes()
    {
        using var env = TestKit.MakeTerminal("NetHackScore-v0");
        var space = Assert.IsType<DictSpace>(env.ObservationSpace);
        Assert.Equal(
            ["chars", "colors", "blstats", "message", "program_state", "internal", "tty_chars", "tty_colors", "tty_cursor", "misc"],
            space.Spaces.Select(s => s.Key));
        Assert.Equal([21, 79], space["chars"].Shape);
        Assert.Equal([24, 80], space["tty_chars"].Shape);
        Assert.Equal(typeof(sbyte[]), space["tty_colors"].ElementType);
        Assert.Equal(typeof(long[]), space["blstats"].ElementType);
        Assert.Equal([27], space["blstats"].Shape);
        Assert.Equal([256], space["message"].Shape);
        Assert.DoesNotContain("glyphs", space.Spaces.Select(s => s.Key));
        Assert.Contains("glyphs", NetHackObservation.Unavailable.Keys);
        var observation = env.Reset(seed: 1).Observation;
        Assert.True(space.Contains(observation));
    }

    [Fact]
    public void TheFirstObservationShowsTheGameStarting()
    {
        using var env = TestKit.Make("NetHackScore-v0", EnvOptions.Of(("observation_keys", "chars+blstats+message+tty_cursor+program_state")));
        var observation = env.Reset(seed: 1).Observation;
        long[] blstats = TestKit.Blstats(observation);
        Assert.Equal(1, blstats[Blstats.Depth]);
        Assert.Equal(1, blstats[Blstats.Time]);
        Assert.Equal(1, blstats[Blstats.ExperienceLevel]);
        Assert.InRange(blstats[Blstats.HitPoints], 1, blstats[Blstats.MaxHitPoints]);
        Assert.Equal(0, blstats[Blstats.Alignment]); // the neutral monk
        Assert.Equal(0, blstats[Blstats.Score]);
        var chars = (byte[])observation[NetHackObservation.Chars];
        Assert.Equal((byte)'@', chars[blstats[Blstats.Y] * 79 + blstats[Blstats.X]]);
        var cursor = (byte[])observation[NetHackObservation.TtyCursor];
        Assert.Equal((blstats[Blstats.Y] + 1, blstats[Blstats.X]), ((long)cursor[0], (long)cursor[1]));
        Assert.Equal([0, 0, 0, 1, 0, 1], (int[])observation[NetHackObservation.ProgramState]);
        Assert.Contains("welcome to NetHack", TestKit.Text(observation, NetHackObservation.Message), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameSeedAndActionsGiveIdenticalObservationsStepForStep()
    {
        using var a = TestKit.Make("NetHackScore-v0");
        using var b = TestKit.Make("NetHackScore-v0");
        var space = a.ObservationSpace;
        Assert.True(space.ValuesEqual(a.Reset(seed: 9).Observation, b.Reset(seed: 9).Observation));
        var actions = new RlGym.Core.Random.Rng(4);
        for (int i = 0; i < 400; i++)
        {
            int action = actions.NextInt(NetHackActions.Task.Count);
            var ra = a.Step(action);
            var rb = b.Step(action);
            Assert.True(space.ValuesEqual(ra.Observation, rb.Observation), $"step {i} differs");
            Assert.Equal((ra.Reward, ra.Terminated, ra.Truncated), (rb.Reward, rb.Terminated, rb.Truncated));
            if (ra.IsDone)
            {
                Assert.True(space.ValuesEqual(a.Reset().Observation, b.Reset().Observation));
            }
        }
    }

    [Fact]
    public void AFrozenStepCostsTheTimePenalty()
    {
        using var env = TestKit.Make("NetHackScore-v0", EnvOptions.Of(("observation_keys", "blstats+misc")));
        env.Reset(seed: 1);
        var result = env.Step(TestKit.Action("MiscDirection.UP"));
        Assert.Equal(1, TestKit.Blstats(result.Observation)[Blstats.Time]);
        Assert.Equal(-0.01, result.Reward, 9);
        Assert.Equal(0, ((int[])result.Observation[NetHackObservation.Misc]).Sum());
    }

    [Fact]
    public void TheEatPromptIsLeftToTheAgentOutsideTheChallenge()
    {
        using var env = TestKit.Make("NetHackScore-v0", EnvOptions.Of(("observation_keys", "message+misc")));
        env.Reset(seed: 1);
        var result = env.Step(TestKit.Action("Command.EAT"));
        Assert.StartsWith("What do you want to eat?", TestKit.Text(result.Observation, NetHackObservation.Message), StringComparison.Ordinal);
        Assert.Equal([1, 0, 0], (int[])result.Observation[NetHackObservation.Misc]);
    }

    [Fact]
    public void TheChallengeLeavesMenusToTheAgent()
    {
        using var env = TestKit.Make("NetHackChallenge-v0");
        Assert.Equal(121, Assert.IsType<Discrete>(env.ActionSpace).N);
        env.Reset(seed: 1);
        var result = env.Step(NetHackActions.IndexOf(NetHackActions.Full, (byte)'i'));
        Assert.Equal(1, ((int[])result.Observation[NetHackObservation.Misc])[2]);
        result = env.Step(NetHackActions.IndexOf(NetHackActions.Full, 27));
        Assert.Equal([0, 0, 0], (int[])result.Observation[NetHackObservation.Misc]);
    }

    [Fact]
    public void AKilledGameTruncatesTheStepWithTheReasonAndResetStartsAFreshGame()
    {
        using var env = TestKit.MakeTerminal("NetHackScore-v0");
        env.Reset(seed: 1);
        var inner = TestKit.Inner(env);
        int pid = inner.GamePid;
        Assert.Equal(0, LibC.Kill(pid, LibC.SIGKILL));
        var result = env.Step(TestKit.Action("CompassDirection.N"));
        Assert.True(result.Truncated);
        Assert.False(result.Terminated);
        Assert.Equal(NetHackInfo.StatusAborted, result.Info[NetHackInfo.EndStatus]);
        Assert.Contains("killed by signal 9", (string)result.Info[NetHackInfo.EndReason]!, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => env.Step(0));
        var reset = env.Reset();
        Assert.NotEqual(pid, inner.GamePid);
        Assert.Equal(1, TestKit.Blstats(reset.Observation)[Blstats.Time]);
        Assert.False(env.Step(TestKit.Action("Command.SEARCH")).IsDone);
    }

    [Fact]
    public void DisposeLeavesNoGameProcessAndNoDirectory()
    {
        var env = TestKit.MakeTerminal("NetHackScore-v0");
        env.Reset(seed: 2);
        var inner = TestKit.Inner(env);
        int pid = inner.GamePid;
        string playground = inner.PlaygroundPath;
        env.Dispose();
        env.Dispose();
        Assert.False(Sessions.Exists(pid));
        Assert.False(Directory.Exists(playground));
    }

    [Fact]
    public void AMissingGameSaysHowToInstallIt()
    {
        var error = Assert.Throws<NetHackNotInstalledException>(() => TestKit.Make("NetHackScore-v0", EnvOptions.Of(("binary", "/nonexistent/nethack"))));
        Assert.Contains("sudo apt-get install nethack-console", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("charactre", "mon-hum-neu-mal", "charactre")]
    [InlineData("character", "monk human", "character")]
    [InlineData("penalty_mode", "sometimes", "penalty_mode")]
    [InlineData("penalty_step", "lots", "penalty_step")]
    public void BadOptionsAreRefusedByName(string key, string value, string named)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => TestKit.Make("NetHackScore-v0", EnvOptions.Of((key, value))));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysMapToTheirActions()
    {
        using var env = TestKit.Make("NetHackScore-v0");
        var keys = Assert.IsAssignableFrom<IKeyMap<int>>(TestKit.Inner(env));
        Assert.True(keys.TryMapKey(new ConsoleKeyInfo('k', ConsoleKey.K, false, false, false), out int north));
        Assert.Equal(TestKit.Action("CompassDirection.N"), north);
        Assert.True(keys.TryMapKey(new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false), out int more));
        Assert.Equal(TestKit.Action("MiscAction.MORE"), more);
        Assert.True(keys.TryMapKey(new ConsoleKeyInfo('\u0004', ConsoleKey.D, false, false, true), out int kick));
        Assert.Equal(TestKit.Action("Command.KICK"), kick);
        Assert.False(keys.TryMapKey(new ConsoleKeyInfo('i', ConsoleKey.I, false, false, false), out _));
    }

    [Fact]
    public void PicturesAreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => TestKit.Make("NetHackScore-v0", mode: RenderMode.RgbArray));
        Assert.Contains("ansi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnsiFramesShowTheTerminal()
    {
        using var env = TestKit.Make("NetHackScore-v0", mode: RenderMode.Ansi);
        env.Reset(seed: 1);
        string text = env.Render()!.Text!;
        Assert.Equal(24, text.Split('\n', StringSplitOptions.None).Length - 1);
        Assert.Contains("Dlvl:1", text, StringComparison.Ordinal);
    }
}
