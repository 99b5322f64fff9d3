using System.Globalization;
using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;
using RlGym.Envs.NetHack.Game;
using RlGym.Envs.NetHack.Screen;
using RlGym.Envs.NetHack.Tasks;

namespace RlGym.Envs.NetHack;

/// <summary>
/// An NLE task over the real NetHack 3.6.6: every step types one key into the environment's own game process and
/// reads the screen back when the game next waits for a key. Outside the Challenge, --More--, menus and prompts are
/// then answered as NLE answers them. A seeded reset starts a game whose randomness and clock come from the seed, so
/// the same seed and actions give the same observations. A plain step returns a fresh observation the caller may
/// keep; <see cref="StepInto"/> writes the same observation, its keys' bytes one after another, into a buffer the caller
/// owns and allocates nothing (the path <c>rlgym bench</c> takes), and the vector refills one dictionary per game.
/// </summary>
internal sealed class NetHackEnvironment : IEnvironment<IReadOnlyDictionary<string, object>, int>, IKeyMap<int>, IBufferedStep<int>
{
    /// <summary>How many keys the bridge types by itself after one action before it hands the game back.</summary>
    public const int MaxAnswers = 256;

    private static readonly Info Running = Info.Of(NetHackInfo.EndStatus, NetHackInfo.StatusRunning);
    private static long s_instances;

    private readonly string _name;
    private readonly NetHackTask _task;
    private readonly NetHackSettings _settings;
    private readonly GameSession _session;
    private readonly byte[] _keys;
    private readonly Discrete _actionSpace;
    private readonly GameView _before = new();
    private readonly GameView _after = new();
    private readonly Rng _rng = new();
    private readonly IReadOnlyList<string> _observationKeys;
    private readonly ObservationWriter _writer;
    private readonly long _instance = Interlocked.Increment(ref s_instances);
    private readonly EpisodeLifecycle _lifecycle;
    private int _episode;
    private int _stillSteps;
    private bool _observedRunning;

    /// <summary>Makes the environment and its playground; no game runs until <see cref="Reset"/>.</summary>
    /// <exception cref="NetHackNotInstalledException">When the game is not installed.</exception>
    /// <exception cref="ArgumentException">When <paramref name="renderMode"/> asks for pictures: NetHack renders text.</exception>
    public NetHackEnvironment(string name, NetHackTask task, NetHackSettings settings, RenderMode renderMode, EnvSpec? spec)
    {
        if (renderMode == RenderMode.RgbArray)
        {
            throw new ArgumentException($"{name} renders ansi text (RenderMode.Ansi) or nothing, not RGB pictures.", nameof(renderMode));
        }
        _name = name;
        _lifecycle = new EpisodeLifecycle(name);
        _task = task;
        _settings = settings;
        Spec = spec;
        RenderMode = renderMode;
        var installation = settings.FromSource ? GameInstallation.LocateLibrary() : GameInstallation.Locate(settings.Binary);
        var options = new GameOptions(Character.Parse(settings.Character), task.PickupTypes, settings.FromSource);
        _keys = [.. task.Actions.Select(a => a.Key)];
        _actionSpace = new Discrete(_keys.Length);
        _observationKeys = settings.ObservationKeys ?? (!settings.FromSource ? NetHackObservation.TerminalKeys
            : task is ChallengeTask ? NetHackObservation.ChallengeDefaultKeys : NetHackObservation.SourceDefaultKeys);
        _writer = new ObservationWriter(_observationKeys);
        ObservationSpace = installation.Library is string library
            ? NetHackObservation.CreateSpace(_observationKeys, Native.GameLibrary.LayoutOf(library).MaxGlyph)
            : NetHackObservation.CreateSpace(_observationKeys);
        if (settings.RecordDirectory is not null)
        {
            Directory.CreateDirectory(settings.RecordDirectory);
        }
        _session = new GameSession(installation, options)
        {
            HangMilliseconds = settings.HangMilliseconds,
            CoreSeed = settings.CoreSeed,
            DisplaySeed = settings.DisplaySeed,
            DescribeCells = _observationKeys.Contains(NetHackObservation.ScreenDescriptions),
        };
    }

    /// <inheritdoc />
    public EnvSpec? Spec { get; }

    /// <inheritdoc />
    public ISpace<IReadOnlyDictionary<string, object>> ObservationSpace { get; }

    /// <inheritdoc />
    public ISpace<int> ActionSpace => _actionSpace;

    /// <inheritdoc />
    public RenderMode RenderMode { get; }

    /// <summary>The game process of the current episode (0 before the first), for tests that kill it.</summary>
    internal int GamePid => _session.Pid;

    /// <summary>
    /// Test hook (engine source only; internal, never an option): with the next key it is given, the running game
    /// loops forever (<paramref name="kind"/> 1), reads through a null pointer (2, SIGSEGV) or divides by zero
    /// (3, SIGFPE) in its own code, as a hung or crashing game would. The guard then ends the episode as aborted.
    /// </summary>
    internal void InjectTestFault(int kind) => _session.InjectFault(kind);

    /// <summary>
    /// Test hook (engine source only): the addresses of what the running game's copy of the library keeps from game to
    /// game (its pristine copy of the game's data, the game's stack, the description buffer).
    /// </summary>
    internal nint[] KeptMemoryForTest() =>
        (_session.Library ?? throw new InvalidOperationException("Only a game built from source (engine source) keeps memory between games.")).KeptMemory();

    /// <summary>
    /// Test hook (engine source only): the map cells of the running game marked in <paramref name="which"/> (21x79,
    /// non-zero) described now, into <paramref name="into"/> (21x79x80), as <c>screen_descriptions</c> describes a
    /// cell when the game draws it.
    /// </summary>
    internal void DescribeScreenForTest(byte[] which, byte[] into) =>
        (_session.Library ?? throw new InvalidOperationException("Only a game built from source (engine source) describes its cells.")).DescribeNow(which, into);

    /// <summary>The glyph of a blank map cell (dark stone) in the running game built from source (test hook).</summary>
    internal int StoneGlyphForTest =>
        (_session.Library ?? throw new InvalidOperationException("Only a game built from source (engine source) has glyphs.")).Layout.Stone;

    /// <summary>True when the game runs in this process (NetHack built from source, engine source).</summary>
    internal bool InProcess => _settings.FromSource;

    /// <summary>The environment's playground directory.</summary>
    internal string PlaygroundPath => _session.PlaygroundPath;

    /// <summary>What the last step left on the screen.</summary>
    internal GameView View => _after;

    /// <inheritdoc />
    public string KeyHelp => _keys.Length == NetHackActions.Full.Count
        ? "every NetHack key (Alt for meta keys, Ctrl for control keys, Enter for MORE)"
        : "h j k l y u b n move, Shift runs, < > stairs, . wait, s search, e eat, Ctrl+D kick, Enter for --More--";

    /// <inheritdoc />
    public bool CanStepInto => true;

    /// <inheritdoc />
    public int ObservationLength => _writer.Length;

    /// <inheritdoc />
    public ResetResult<IReadOnlyDictionary<string, object>> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var info = Begin(seed, options);
        return new ResetResult<IReadOnlyDictionary<string, object>>(Observe(), info);
    }

    /// <inheritdoc />
    public Info ResetInto(Span<byte> observation, ulong? seed = null, EnvOptions? options = null)
    {
        RequireLength(observation);
        var info = Begin(seed, options);
        _writer.Write(_after, _observedRunning, observation);
        return info;
    }

    /// <summary>A new observation for <see cref="ResetKeep"/> and <see cref="CompleteStepKeep"/> to fill again and again (the vector's).</summary>
    internal Dictionary<string, object> AllocateObservation() => _writer.Allocate();

    /// <summary>Starts an episode as <see cref="Reset"/> does, filling the arrays of <paramref name="observation"/> (from <see cref="AllocateObservation"/>).</summary>
    internal Info ResetKeep(IReadOnlyDictionary<string, object> observation, ulong? seed = null, EnvOptions? options = null)
    {
        var info = Begin(seed, options);
        _writer.Fill(_after, _observedRunning, observation);
        return info;
    }

    private Info Begin(ulong? seed, EnvOptions? options)
    {
        _lifecycle.EnsureNotDisposed();
        options?.RequireKnown($"{_name}.Reset");
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        ulong gameSeed = _rng.NextUInt64();
        _episode++;
        _session.Start(gameSeed, RecordPath(gameSeed));
        if (_session.Library is { } library && _after.State is null)
        {
            // The observation is written from the view after a step; no task reads the descriptions, so the view before
            // it has none and a step does not copy them (21x79x80 bytes) from one view to the other.
            bool descriptions = _observationKeys.Contains(NetHackObservation.ScreenDescriptions);
            _before.UseGameState(new GameState(descriptions: false), library.Layout);
            _after.UseGameState(new GameState(descriptions), library.Layout);
        }
        _before.Clear();
        _after.Clear();
        Refresh();
        if (_task.AnswersPrompts)
        {
            AnswerPrompts();
        }
        _session.EndFrame();
        _task.BeginEpisode(_after);
        _lifecycle.Begin();
        _stillSteps = 0;
        _observedRunning = _session.Running;
        return Running;
    }

    /// <inheritdoc />
    public StepResult<IReadOnlyDictionary<string, object>> Step(int action)
    {
        BeginStep(action);
        var outcome = CompleteStep();
        return new StepResult<IReadOnlyDictionary<string, object>>(Observe(), outcome.Reward, outcome.Terminated, outcome.Truncated, outcome.Info);
    }

    /// <inheritdoc />
    public StepOutcome StepInto(int action, Span<byte> observation)
    {
        RequireLength(observation);
        BeginStep(action);
        var outcome = CompleteStep();
        _writer.Write(_after, _observedRunning, observation);
        return outcome;
    }

    /// <summary>The second half of a step (see <see cref="CompleteStep"/>), filling the arrays of <paramref name="observation"/> (from <see cref="AllocateObservation"/>).</summary>
    internal StepOutcome CompleteStepKeep(IReadOnlyDictionary<string, object> observation)
    {
        var outcome = CompleteStep();
        _writer.Fill(_after, _observedRunning, observation);
        return outcome;
    }

    /// <summary>Checks that a step may be taken now with <paramref name="action"/>; throws as <see cref="Step"/> would.</summary>
    internal void CheckStep(int action)
    {
        _lifecycle.EnsureLive();
        EnvironmentErrors.ThrowIfInvalid(_actionSpace, action);
    }

    /// <summary>
    /// The first half of a step: checks it and types the action's key without waiting, so the game works on it while
    /// the caller starts other games' steps. <see cref="CompleteStep"/> must follow.
    /// </summary>
    internal void BeginStep(int action)
    {
        CheckStep(action);
        _before.CopyFrom(_after);
        _session.Type(_keys[action]);
    }

    /// <summary>
    /// The second half of a step: waits for the game, answers what NLE answers, and scores the step. The observation is
    /// the view the step left (<see cref="Observe"/>, or written with the writer).
    /// </summary>
    internal StepOutcome CompleteStep()
    {
        _session.Wait();
        Refresh();
        if (_task.AnswersPrompts || _after.GameOver)
        {
            AnswerPrompts();
        }
        _session.EndFrame();
        bool running = _session.Running;
        _observedRunning = running;
        var outcome = _task.Evaluate(_before, _after);
        if (!running)
        {
            _lifecycle.End();
            return Ended(outcome.Reward);
        }
        if (outcome.Success)
        {
            _lifecycle.End();
            return new(outcome.Reward, true, false, Info.Of(NetHackInfo.EndStatus, NetHackInfo.StatusSuccess));
        }
        _stillSteps = _after.Blstats[Blstats.Time] == _before.Blstats[Blstats.Time] ? _stillSteps + 1 : 0;
        if (_task.NoProgressLimit > 0 && _stillSteps >= _task.NoProgressLimit)
        {
            _lifecycle.End();
            _session.Stop();
            var info = Info.From([
                KeyValuePair.Create<string, object?>(NetHackInfo.EndStatus, NetHackInfo.StatusAborted),
                KeyValuePair.Create<string, object?>(NetHackInfo.EndReason, $"game time did not advance for {_stillSteps} steps"),
            ]);
            return new(outcome.Reward, false, true, info);
        }
        return new(outcome.Reward, false, false, Running);
    }

    /// <inheritdoc />
    public Frame? Render()
    {
        _lifecycle.EnsureNotDisposed();
        return RenderMode == RenderMode.Ansi ? Frame.FromText(_after.Screen.ToString()) : null;
    }

    /// <inheritdoc />
    public bool TryMapKey(ConsoleKeyInfo key, out int action)
    {
        int code = key.Key switch
        {
            ConsoleKey.Enter => 13,
            ConsoleKey.Escape => 27,
            _ when key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key is >= ConsoleKey.A and <= ConsoleKey.Z => key.Key - ConsoleKey.A + 1,
            _ => key.KeyChar,
        };
        if (key.Modifiers.HasFlag(ConsoleModifiers.Alt) && code is > 0 and < 128)
        {
            code |= 0x80;
        }
        action = code is > 0 and < 256 ? Array.IndexOf(_keys, (byte)code) : -1;
        return action >= 0;
    }

    /// <summary>Ends the game and deletes the playground; safe to call twice.</summary>
    public void Dispose()
    {
        if (_lifecycle.TryDispose())
        {
            _session.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => _name;

    private StepOutcome Ended(double reward)
    {
        var end = _session.End;
        if (end is { Killed: true } killed)
        {
            var info = Info.From([
                KeyValuePair.Create<string, object?>(NetHackInfo.EndStatus, NetHackInfo.StatusAborted),
                KeyValuePair.Create<string, object?>(NetHackInfo.EndReason, killed.Description),
                KeyValuePair.Create<string, object?>(AbortedEpisode.InfoKey, killed.Description),
            ]);
            return new(reward, false, true, info);
        }
        var over = Info.From([
            KeyValuePair.Create<string, object?>(NetHackInfo.EndStatus, NetHackInfo.StatusDeath),
            KeyValuePair.Create<string, object?>(NetHackInfo.EndReason, "the game is over: " + LastWords()),
        ]);
        return new(reward, true, false, over);
    }

    /// <summary>Reads what the game shows (and, built from source, its own state) after it stopped.</summary>
    private void Refresh()
    {
        _after.Update(_session.Screen, _session.Running);
        _after.ApplyGame(_session.Library, _session.Running);
    }

    /// <summary>A fresh observation of what the last reset or step left (the caller's to keep).</summary>
    private Dictionary<string, object> Observe() => _writer.Write(_after, _observedRunning);

    private void RequireLength(Span<byte> observation)
    {
        if (observation.Length != _writer.Length)
        {
            throw new ArgumentException(
                $"{_name}: the observation buffer has {observation.Length} bytes; expected {_writer.Length} (the keys {string.Join(", ", _observationKeys)}, one after another).",
                nameof(observation));
        }
    }

    private string LastWords() =>
        _after.EndMessage.Length > 0 ? _after.EndMessage : _before.Message.Length > 0 ? _before.Message : "the game exited";

    /// <summary>
    /// Answers what NLE answers for the agent: a space for --More-- and menu pages, Escape for a line of text, and
    /// Escape for a one-key question unless it asks what to eat, whether to attack, which direction, or whether to
    /// pray. Once the game is over everything is answered, until the game exits.
    /// </summary>
    private void AnswerPrompts()
    {
        for (int i = 0; i < MaxAnswers && _session.Running; i++)
        {
            byte? key = AnswerFor(_after);
            if (key is not byte answer)
            {
                return;
            }
            _session.Send(answer);
            Refresh();
        }
    }

    private byte? AnswerFor(GameView view)
    {
        const byte Space = (byte)' ', Escape = 27;
        bool over = view.GameOver;
        return view.Mode switch
        {
            InputMode.More or InputMode.Menu => Space,
            InputMode.TextEntry => Escape,
            InputMode.YesNo when over || !LeftToAgent(view.MessageText) => Escape,
            InputMode.Command when over => Escape,
            _ => null,
        };
    }

    private static bool LeftToAgent(ReadOnlySpan<char> prompt) =>
        prompt.Contains("eat", StringComparison.Ordinal) || prompt.Contains("attack", StringComparison.Ordinal) ||
        prompt.Contains("direction?", StringComparison.Ordinal) || prompt.Contains("pray", StringComparison.Ordinal);

    private string? RecordPath(ulong gameSeed) => _settings.RecordDirectory is string dir
        ? Path.Combine(dir, string.Create(CultureInfo.InvariantCulture,
            $"{(Spec?.Id ?? _name).Replace('/', '_')}-{Environment.ProcessId}-{_instance}-{_episode:D5}-{gameSeed:x16}.ttyrec"))
        : null;
}
