using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Torch;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// A cat-and-mouse brain made of a TorchSharp LSTM (4 inputs, <see cref="Hidden"/> units) and a linear head to four
/// direction logits; it moves its piece in the direction of the largest logit. It sees only the observation (cat x,
/// cat y, mouse x, mouse y in [0, 1]), never the exact state. Train it with <see cref="LstmImitationTrainer"/>, play
/// it through <see cref="Play"/>, store it with <see cref="LstmBrainFile"/>.
/// </summary>
public sealed class LstmBrain : IDisposable
{
    /// <summary>The default number of hidden units.</summary>
    public const int DefaultHidden = 64;

    /// <summary>The largest number of hidden units accepted.</summary>
    public const int MaxHidden = 4096;

    /// <summary>Creates an untrained brain whose weights come from TorchSharp's generator seeded with <paramref name="seed"/>.</summary>
    /// <param name="role">The piece it moves.</param>
    /// <param name="hidden">LSTM hidden units (1 to 4096).</param>
    /// <param name="seed">Seeds the initial weights (TorchSharp's global generator is reseeded for this).</param>
    /// <param name="width">The grid width it is meant for (recorded in checkpoints; 2 or more).</param>
    /// <param name="height">The grid height it is meant for (2 or more).</param>
    /// <exception cref="ArgumentOutOfRangeException">When a size is out of range or the role is undefined.</exception>
    /// <exception cref="TorchUnavailableException">When TorchSharp's native libraries cannot be loaded.</exception>
    public LstmBrain(BrainRole role, int hidden = DefaultHidden, ulong seed = 0, int width = 6, int height = 6)
    {
        Check(role, hidden, width, height);
        Network = TorchRuntime.CreateSeeded(seed, () => new LstmNetwork(hidden));
        Role = role;
        Hidden = hidden;
        Width = width;
        Height = height;
    }

    /// <summary>A brain whose weights will be loaded: no seeding of TorchSharp's generator.</summary>
    internal LstmBrain(BrainRole role, int hidden, int width, int height, long gamesTrained)
    {
        Check(role, hidden, width, height);
        TorchRuntime.EnsureLoaded();
        Network = new LstmNetwork(hidden);
        Role = role;
        Hidden = hidden;
        Width = width;
        Height = height;
        GamesTrained = gamesTrained;
    }

    /// <summary>The piece this brain moves.</summary>
    public BrainRole Role { get; }

    /// <summary>LSTM hidden units.</summary>
    public int Hidden { get; }

    /// <summary>The grid width it was trained on.</summary>
    public int Width { get; }

    /// <summary>The grid height it was trained on.</summary>
    public int Height { get; }

    /// <summary>Games it has been trained on (kept in checkpoints).</summary>
    public long GamesTrained { get; internal set; }

    internal LstmNetwork Network { get; }

    /// <summary>
    /// Starts playing: a policy that plays up to <paramref name="parallelism"/> games side by side, each with its own
    /// LSTM memory. Dispose it to free its tensors.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="parallelism"/> is not positive.</exception>
    public LstmPolicy Play(int parallelism = 1) => new(this, parallelism);

    /// <summary>Frees the network's tensors.</summary>
    public void Dispose() => Network.Dispose();

    private static void Check(BrainRole role, int hidden, int width, int height)
    {
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "A brain role is Mouse (0) or Cat (1).");
        }
        if (hidden is < 1 or > MaxHidden)
        {
            throw new ArgumentOutOfRangeException(nameof(hidden), hidden, $"The LSTM's hidden size must be between 1 and {MaxHidden}.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 2);
    }

    /// <summary>Reads like "lstm mouse brain (hidden 64, 6x6, 120000 games)".</summary>
    public override string ToString() => $"lstm {BrainRoles.Name(Role)} brain (hidden {Hidden}, {Width}x{Height}, {GamesTrained} games)";
}
