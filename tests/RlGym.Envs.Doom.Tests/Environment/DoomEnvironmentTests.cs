using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;

namespace RlGym.Envs.Doom.Tests.Environment;

public sealed class DoomEnvironmentTests
{
    [Fact]
    public void EveryScenarioIsRegisteredWithBothRenderModes()
    {
        var registry = TestKit.Environments();
        foreach (var scenario in DoomScenarios.All)
        {
            var spec = registry.Spec(scenario.Id);
            Assert.Equal([RenderMode.Ansi, RenderMode.RgbArray], spec.RenderModes);
            Assert.Null(spec.MaxEpisodeSteps);
        }
    }

    [Fact]
    public void ObservationsAreADictOfTheScreenIn120By160By3AndTheScenariosGameVariablesByDefault()
    {
        using var env = TestKit.Make("Doom/DefendTheCenter-v0");
        var dict = Assert.IsType<DictSpace>(env.ObservationSpace);
        Assert.Equal(["screen", "gamevariables"], dict.Spaces.Select(kv => kv.Key));
        Assert.Equal([120, 160, 3], Assert.IsType<Box<byte>>(dict["screen"]).Shape);
        Assert.Equal([2], Assert.IsType<Box<float>>(dict["gamevariables"]).Shape);
        var observation = env.Reset(1).Observation;
        Assert.True(env.ObservationSpace.Contains(observation));
        Assert.Equal(120 * 160 * 3, observation.Screen().Length);
        Assert.True(observation.Screen().Distinct().Count() > 10);
        // DefendTheCenter's cfg: AMMO2 then HEALTH; it starts with 26 bullets and full health.
        Assert.Equal([26f, 100f], (float[])observation["gamevariables"]);
        Assert.Equal(["screen"], ((DictSpace)TestKit.Make("Doom/PredictPosition-v0").ObservationSpace).Spaces.Select(kv => kv.Key));
    }

    [Fact]
    public void TheGameVariablesFollowThePlayerAndCanBeChosen()
    {
        using var env = TestKit.Make("Doom/Basic-v0", EnvOptions.Of(("available_game_variables", "HEALTH+AMMO2+KILLCOUNT")));
        Assert.Equal([100f, 50f, 0f], (float[])env.Reset(1).Observation["gamevariables"]);
        // Basic's action 1 is ATTACK: each shot spends a bullet.
        var shot = env.Step(1).Observation;
        Assert.Equal(49f, ((float[])shot["gamevariables"])[1]);
        using var none = TestKit.Make("Doom/Basic-v0", EnvOptions.Of(("available_game_variables", "none")));
        Assert.Equal(["screen"], ((DictSpace)none.ObservationSpace).Spaces.Select(kv => kv.Key));
    }

    [Theory]
    [InlineData("available_game_variables", "HEALTH+MANA")]
    [InlineData("available_game_variables", "HEALTH+HEALTH")]
    [InlineData("depth", "maybe")]
    [InlineData("render_hud", "2")]
    public void BadObservationOptionsAreRefusedInOneLine(string key, string value)
    {
        var error = Assert.Throws<UserInputException>(() => TestKit.Make("Doom/Basic-v0", EnvOptions.Of((key, value))));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void DepthLabelsAndAutomapAreAddedOnRequestInViZDoomsShapes()
    {
        using var env = TestKit.Make("Doom/DefendTheCenter-v0", EnvOptions.Of(("depth", true), ("labels", true), ("automap", true)));
        var dict = (DictSpace)env.ObservationSpace;
        Assert.Equal(["screen", "depth", "labels", "automap", "gamevariables"], dict.Spaces.Select(kv => kv.Key));
        Assert.Equal([120, 160, 1], dict["depth"].Shape);
        Assert.Equal([120, 160, 1], dict["labels"].Shape);
        Assert.Equal([120, 160, 3], dict["automap"].Shape);
        var observation = env.Reset(2).Observation;
        Assert.True(env.ObservationSpace.Contains(observation));
        var state = TestKit.State(env);
        var depth = (byte[])observation["depth"];
        ReadOnlySpan<float> exact = state.DepthBuffer;
        for (int i = 0; i < depth.Length; i += 97)
        {
            Assert.Equal((byte)Math.Min(255f, exact[i] / 8 + 0.5f), depth[i]);
        }
        Assert.Equal(state.LabelsBuffer.ToArray(), (byte[])observation["labels"]);
        var automap = (byte[])observation["automap"];
        Assert.Contains((byte)160, automap);
        Assert.Contains((byte)255, automap);
        // The buffered path lays the same parts out one after another.
        Assert.True(env.TryGetBufferedStep<int>(out var path));
        var buffer = new byte[path.ObservationLength];
        Assert.Equal(120 * 160 * (3 + 1 + 1 + 3) + 2 * 4, buffer.Length);
        using var twin = TestKit.Make("Doom/DefendTheCenter-v0", EnvOptions.Of(("depth", true), ("labels", true), ("automap", true)));
        Assert.True(twin.TryGetBufferedStep<int>(out var twinPath));
        twinPath.ResetInto(buffer, 2);
        Assert.Equal(observation.Flat(), buffer);
        twinPath.StepInto(1, buffer);
        Assert.Equal(env.Step(1).Observation.Flat(), buffer);
    }

    [Fact]
    public void WithEveryObservationPartTheInvariantKitPasses()
    {
        var options = EnvOptions.Of(("depth", true), ("labels", true), ("automap", true), ("render_hud", true), ("resolution", "64x48"));
        var report = RlGym.Testing.EnvironmentChecker.Check(() => TestKit.Make("Doom/DefendTheCenter-v0", options), TestKit.ContractOptions);
        Assert.All(report.Results, r => Assert.True(r.Outcome != RlGym.Testing.CheckOutcome.Failed, r.ToString()));
        Assert.NotEmpty(report.Results);
    }

    [Fact]
    public void TheHudDrawsAStatusBarAlongTheBottom()
    {
        using var plain = TestKit.Make("Doom/DefendTheCenter-v0");
        using var hud = TestKit.Make("Doom/DefendTheCenter-v0", EnvOptions.Of(("render_hud", true)));
        byte[] a = plain.Reset(1).Observation.Screen(), b = hud.Reset(1).Observation.Screen();
        int barTop = 120 - 14;
        Assert.Equal(a.AsSpan(0, barTop * 160 * 3).ToArray(), b.AsSpan(0, barTop * 160 * 3).ToArray());
        Assert.NotEqual(a.AsSpan(barTop * 160 * 3).ToArray(), b.AsSpan(barTop * 160 * 3).ToArray());
    }

    [Fact]
    public void ResolutionAndGreyOptionsShapeTheObservation()
    {
        using var env = TestKit.Make("Doom/Basic-v0", EnvOptions.Of(("resolution", "RES_84X84"), ("screen_format", "gray")));
        Assert.Equal([84, 84, 1], ((DictSpace)env.ObservationSpace)["screen"].Shape);
        Assert.Equal(84 * 84, env.Reset(1).Observation.Screen().Length);
    }

    [Fact]
    public void BadOptionsAreRefusedByName()
    {
        var error = Assert.Throws<UserInputException>(() => TestKit.Make("Doom/Basic-v0", EnvOptions.Of(("resolution", "big"))));
        Assert.Contains("Option 'resolution' is big", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<UserInputException>(() => TestKit.Make("Doom/Basic-v0", EnvOptions.Of(("frame_skp", 4))));
        Assert.Contains("did you mean 'frame_skip'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BasicActionsFollowViZDoomsGymnasiumEncoding()
    {
        using var env = TestKit.Make("Doom/Basic-v0");
        Assert.Equal(4, Assert.IsType<Discrete>(env.ActionSpace).N);
        env.Reset(3);
        var state = () => TestKit.State(env);
        double x = state().Player.X;
        env.Step(0);
        Assert.Equal(x, state().Player.X);
        env.Step(1);
        Assert.Equal(49, state().Player.Ammo);
        env.Step(2);
        Assert.True(state().Player.X > x, "action 2 is MOVE_RIGHT: the player faces north, so right is east");
        for (int i = 0; i < 10; i++)
        {
            env.Step(3);
        }
        Assert.True(state().Player.X < x, "action 3 is MOVE_LEFT");
    }

    [Fact]
    public void MaxButtonsPressedZeroGivesMultiBinaryActions()
    {
        using var env = TestKit.Environments().Make<IReadOnlyDictionary<string, object>, byte[]>("Doom/Basic-v0", EnvOptions.Of(("max_buttons_pressed", 0)));
        Assert.Equal("MultiBinary(3)", env.ActionSpace.ToString());
        env.Reset(3);
        env.Step([0, 1, 1]);
        var player = TestKit.State(env).Player;
        Assert.Equal(49, player.Ammo);
        Assert.True(player.VelocityX > 0);
    }

    [Fact]
    public void FrameSkipRepeatsTheActionForThatManyTics()
    {
        using var env = TestKit.Make("Doom/Basic-v0", EnvOptions.Of(("frame_skip", 4)));
        env.Reset(3);
        var result = env.Step(0);
        Assert.Equal(DoomScenarios.Basic.EpisodeStartTics + 4, TestKit.State(env).Tic);
        Assert.Equal(-4, result.Reward);
    }

    [Theory]
    [InlineData(1, 300)]
    [InlineData(4, 75)]
    public void TheTimeoutTruncatesAfterTheScenariosTics(int frameSkip, int steps)
    {
        using var env = TestKit.Make("Doom/Basic-v0", EnvOptions.Of(("frame_skip", frameSkip)));
        env.Reset(3);
        StepResult<IReadOnlyDictionary<string, object>> result = default;
        for (int step = 1; step <= steps; step++)
        {
            result = env.Step(0);
            Assert.Equal(step == steps, result.IsDone);
        }
        Assert.True(result.Truncated);
        Assert.False(result.Terminated);
        Assert.Equal(DoomScenarios.Basic.EpisodeStartTics + 300, TestKit.State(env).Tic);
        Assert.Throws<InvalidOperationException>(() => env.Step(0));
    }

    [Fact]
    public void TheSameSeedGivesTheSameFramesAndAnotherSeedOthers()
    {
        using var a = TestKit.Make("Doom/DefendTheCenter-v0");
        using var b = TestKit.Make("Doom/DefendTheCenter-v0");
        Assert.Equal(a.Reset(9).Observation.Flat(), b.Reset(9).Observation.Flat());
        for (int i = 0; i < 50; i++)
        {
            Assert.Equal(a.Step(i % 4).Observation.Flat(), b.Step(i % 4).Observation.Flat());
        }
        Assert.NotEqual(TestKit.State(a).Objects.ToArray(), Reset(b, 10));

        static DoomObject[] Reset(IEnvironment<IReadOnlyDictionary<string, object>, int> env, ulong seed)
        {
            env.Reset(seed);
            return TestKit.State(env).Objects.ToArray();
        }
    }

    [Fact]
    public void GameVariablesAppearInInfoOnlyWhenAskedFor()
    {
        using var plain = TestKit.Make("Doom/DefendTheCenter-v0");
        Assert.Same(Info.Empty, plain.Reset(1).Info);
        using var env = TestKit.Make("Doom/DefendTheCenter-v0", EnvOptions.Of(("game_variables", true)));
        var info = env.Reset(1).Info;
        Assert.Equal(100.0, info["health"]);
        Assert.Equal(26.0, info["ammo"]);
    }

    [Fact]
    public void KeysMapToTheScenariosButtons()
    {
        using var basic = TestKit.Make("Doom/Basic-v0");
        Assert.True(basic.TryFind<IKeyMap<int>>(out var keys));
        Assert.True(keys.TryMapKey(new ConsoleKeyInfo(' ', ConsoleKey.Spacebar, false, false, false), out int fire));
        Assert.Equal(1, fire);
        Assert.True(keys.TryMapKey(new ConsoleKeyInfo('\0', ConsoleKey.LeftArrow, false, false, false), out int left));
        Assert.Equal(3, left);
        Assert.False(keys.TryMapKey(new ConsoleKeyInfo('\0', ConsoleKey.UpArrow, false, false, false), out _));
        using var centre = TestKit.Make("Doom/DefendTheCenter-v0");
        Assert.True(centre.TryFind<IKeyMap<int>>(out var turns));
        Assert.True(turns.TryMapKey(new ConsoleKeyInfo('\0', ConsoleKey.LeftArrow, false, false, false), out int turnLeft));
        Assert.Equal(3, turnLeft);
        Assert.Contains("turn", turns.KeyHelp, StringComparison.Ordinal);
    }

    [Fact]
    public void AnsiFramesAreColouredTextUnderAStatusLine()
    {
        using var env = TestKit.Make("Doom/Basic-v0", null, RenderMode.Ansi);
        env.Reset(1);
        string text = env.Render()!.Text!;
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Doom/Basic-v0  tic 14/314  health 100  armor 0  ammo 50", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 30, lines.Length);
        Assert.Equal(80, lines[1].Count(c => c == '▀'));
        Assert.Contains("\u001b[38;2;", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void RgbRenderIsTheObservationsPicture()
    {
        using var env = TestKit.Make("Doom/Basic-v0", null, RenderMode.RgbArray);
        var observation = env.Reset(1).Observation;
        var frame = env.Render()!;
        Assert.Equal((160, 120), (frame.Width, frame.Height));
        Assert.Equal(observation.Screen(), frame.Pixels);
    }

    [Fact]
    public void AScenarioOfYourOwnIsAMapFileAndARegistration()
    {
        string path = Path.Combine(Path.GetTempPath(), $"doom-{Guid.NewGuid():N}.map");
        File.WriteAllText(path, "#######\n#>..V.#\n#######\n");
        try
        {
            var registry = new EnvRegistry();
            DoomEnvironments.Register(registry, new DoomScenario
            {
                Id = "Doom/Fetch-v0",
                Map = path,
                Buttons = [DoomButton.MoveForward],
                TimeoutTics = 100,
                GoalReward = 1,
                EndAtGoal = true,
            });
            using var env = registry.Make<IReadOnlyDictionary<string, object>, int>("Doom/Fetch-v0");
            env.Reset(1);
            StepResult<IReadOnlyDictionary<string, object>> result;
            do
            {
                result = env.Step(1);
            }
            while (!result.IsDone);
            Assert.True(result.Terminated);
            Assert.Equal(1, result.Reward);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
