using System.Text;
using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.TestPlugin;

/// <summary>
/// Guess a seeded coin: action 0 says heads, 1 tails; reward 1 for a right guess. The observation is the last
/// flip (0 heads, 1 tails, 2 before the first). Terminates after the option <c>flips</c> (default 10) guesses.
/// </summary>
public sealed class CoinEnvironment : IEnvironment<int, int>, IKeyMap<int>
{
    public const string Id = "Plugin/Coin-v0";

    private readonly Rng _rng = new(0);
    private readonly int _flips;
    private readonly StringBuilder _history = new();
    private int _score;
    private bool _over = true;

    public CoinEnvironment(RenderMode renderMode, EnvOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequireKnown(Id, "flips");
        _flips = options.GetInt("flips", 10, min: 1);
        RenderMode = renderMode;
    }

    public EnvSpec? Spec => null;

    public ISpace<int> ObservationSpace { get; } = new Discrete(3);

    public ISpace<int> ActionSpace { get; } = new Discrete(2);

    public RenderMode RenderMode { get; }

    public string KeyHelp => "h guesses heads, t guesses tails";

    public bool TryMapKey(ConsoleKeyInfo key, out int action)
    {
        action = key.Key == ConsoleKey.H ? 0 : 1;
        return key.Key is ConsoleKey.H or ConsoleKey.T;
    }

    public ResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _history.Clear();
        _score = 0;
        _over = false;
        return new ResetResult<int>(2, Info.Empty);
    }

    public StepResult<int> Step(int action)
    {
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        if (_over)
        {
            throw EnvironmentErrors.StepAfterEnd(Id);
        }
        int flip = _rng.NextInt(2);
        _history.Append(flip == 0 ? 'H' : 'T');
        double reward = flip == action ? 1 : 0;
        _score += (int)reward;
        _over = _history.Length >= _flips;
        return new StepResult<int>(flip, reward, _over, false, Info.Empty);
    }

    public Frame? Render() => RenderMode == RenderMode.Ansi ? Frame.FromText($"flips: {_history} score: {_score}") : null;

    public void Dispose()
    {
    }
}
