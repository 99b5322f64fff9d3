using RlGym.Agents.CatMouse.Imitation;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Elman;

/// <summary>
/// The seed's training loop, one game per <see cref="PlayGame"/>: the cat and mouse start on random cells, the cat stands
/// still, the mouse moves where the network points for <see cref="ElmanTrainingOptions.GameLength"/> moves while the
/// flee teacher gives the target for every move, and the network learns from the game at its end. The seed's smoothed
/// error (0.999 old + 0.001 new, starting from the first game's error) decides when to stop.
/// </summary>
public sealed class ElmanImitationTrainer
{
    private readonly ImitationRandom _random;
    private readonly double[] _inputs = new double[ElmanNetwork.InputSize];

    /// <summary>Creates the trainer and initialises the network from the chosen generator, as the seed does.</summary>
    public ElmanImitationTrainer(ElmanTrainingOptions options)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        _random = new ImitationRandom(options.Random, options.Seed);
        Network = new ElmanNetwork(options.Hidden, options.LearningRate, options.GameLength);
        Network.InitializeUniform(_random.NextUnit);
    }

    /// <summary>The settings.</summary>
    public ElmanTrainingOptions Options { get; }

    /// <summary>The network being trained.</summary>
    public ElmanNetwork Network { get; }

    /// <summary>Games played so far.</summary>
    public long Games { get; private set; }

    /// <summary>The seed's smoothed total absolute error per game (NaN before the first game).</summary>
    public double SmoothedError { get; private set; } = double.NaN;

    /// <summary>The seed's progress figure: smoothed error x 4, roughly the mistakes per game.</summary>
    public double SmoothedErrorTimesFour => SmoothedError * 4;

    /// <summary>True once the stop rule (smoothed error x 4 below the target) holds.</summary>
    public bool ReachedTarget => SmoothedErrorTimesFour < Options.Target;

    /// <summary>Plays and learns from one game; returns its total absolute error.</summary>
    public double PlayGame()
    {
        var o = Options;
        int catX = _random.NextInt(o.Width);
        int catY = _random.NextInt(o.Height);
        int mouseX = _random.NextInt(o.Width);
        int mouseY = _random.NextInt(o.Height);
        var game = new CatMouseGame(o.Width, o.Height, catX, catY, mouseX, mouseY);
        Network.BeginSequence();
        for (int move = 0; move < o.GameLength; move++)
        {
            game.WriteInputs(_inputs);
            double output = Network.Forward(_inputs);
            Network.Teach(CatMouseRules.ToCompass(game.TeacherDirection()), output);
            game.MoveMouse(CatMouseRules.FromCompass(output));
        }
        double error = Network.Learn();
        SmoothedError = Games == 0 ? error : SmoothedError * 0.999 + 0.001 * error;
        Games++;
        return error;
    }

    /// <summary>The generator of start cells, for checkpoints.</summary>
    internal ImitationRandom Random => _random;

    /// <summary>Restores the counters of a checkpoint (weights and generator are restored by <see cref="ElmanCheckpoint"/>).</summary>
    internal void Restore(long games, double smoothedError)
    {
        Games = games;
        SmoothedError = smoothedError;
    }
}
