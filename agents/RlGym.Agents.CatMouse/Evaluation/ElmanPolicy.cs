using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Imitation;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>
/// The seed's Elman brain as a policy: its compass output read with <see cref="CatMouseRules.FromCompass"/>, one game at
/// a time (the network has a single recurrent memory, cleared by <see cref="ElmanNetwork.BeginSequence"/>). Inputs are
/// the seed's, computed in double precision from the cells exactly as training computed them.
/// </summary>
public sealed class ElmanPolicy : IDirectionPolicy
{
    private readonly ElmanNetwork _network;
    private readonly double[] _inputs = new double[ElmanNetwork.InputSize];

    /// <summary>Wraps <paramref name="network"/>; it keeps learning elsewhere if trained further.</summary>
    public ElmanPolicy(ElmanNetwork network) => _network = network ?? throw new ArgumentNullException(nameof(network));

    /// <inheritdoc />
    public string Name => $"elman (hidden {_network.Hidden})";

    /// <inheritdoc />
    public int Parallelism => 1;

    /// <inheritdoc />
    public void BeginGames(int games)
    {
        if (games != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(games), games, "The Elman brain plays one game at a time.");
        }
        _network.BeginSequence();
    }

    /// <inheritdoc />
    public void Decide(ReadOnlySpan<CatMouseState> states, Span<Direction> directions)
    {
        if (states.Length != 1 || directions.Length != 1)
        {
            throw new ArgumentException($"The Elman brain plays one game at a time; got {states.Length} states and {directions.Length} answers.", nameof(states));
        }
        var s = states[0];
        new CatMouseGame(s.Width, s.Height, s.CatX, s.CatY, s.MouseX, s.MouseY).WriteInputs(_inputs);
        directions[0] = CatMouseRules.FromCompass(_network.Predict(_inputs));
    }
}
