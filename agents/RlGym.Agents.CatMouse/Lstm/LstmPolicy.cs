using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Envs.CatMouse;
using RlGym.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>
/// An <see cref="LstmBrain"/> playing one or more games side by side: it keeps each game's LSTM memory between moves and
/// answers the direction of the largest logit. Made by <see cref="LstmBrain.Play"/>. Not thread-safe.
/// </summary>
public sealed class LstmPolicy : IDirectionPolicy, IDisposable
{
    private readonly LstmBrain _brain;
    private readonly float[] _inputs;
    private readonly int[] _choices;
    private (Tensor H, Tensor C)? _memory;
    private int _games;

    internal LstmPolicy(LstmBrain brain, int parallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        _brain = brain;
        Parallelism = parallelism;
        _inputs = new float[parallelism * CatMouseObservation.Length];
        _choices = new int[parallelism];
    }

    /// <inheritdoc />
    public string Name => _brain.ToString();

    /// <inheritdoc />
    public int Parallelism { get; }

    /// <inheritdoc />
    public void BeginGames(int games)
    {
        if (games < 1 || games > Parallelism)
        {
            throw new ArgumentOutOfRangeException(nameof(games), games, $"This policy plays 1 to {Parallelism} games side by side.");
        }
        ForgetMemory();
        _games = games;
    }

    /// <inheritdoc />
    public void Decide(ReadOnlySpan<CatMouseState> states, Span<Direction> directions)
    {
        RequireGames(states.Length, directions.Length);
        for (int i = 0; i < states.Length; i++)
        {
            states[i].Observation.CopyTo(_inputs.AsSpan(i * CatMouseObservation.Length));
        }
        Step(directions);
    }

    /// <summary>The next move of each game from its observation (what an agent sees), one per game begun.</summary>
    /// <exception cref="ArgumentException">When the number of observations or answers is not the number of games begun.</exception>
    public void Decide(ReadOnlySpan<CatMouseObservation> observations, Span<Direction> directions)
    {
        RequireGames(observations.Length, directions.Length);
        for (int i = 0; i < observations.Length; i++)
        {
            observations[i].CopyTo(_inputs.AsSpan(i * CatMouseObservation.Length));
        }
        Step(directions);
    }

    /// <summary>Frees the memory tensors.</summary>
    public void Dispose() => ForgetMemory();

    private void Step(Span<Direction> directions)
    {
        int n = _games;
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        var move = TensorData.FromFloats(_inputs.AsSpan(0, n * CatMouseObservation.Length), n, 1, CatMouseObservation.Length);
        var previous = _memory;
        var logits = _brain.Network.Step(move, ref _memory);
        _memory!.Value.H.DetachFromDisposeScope();
        _memory!.Value.C.DetachFromDisposeScope();
        previous?.H.Dispose();
        previous?.C.Dispose();
        TensorData.CopyIndicesTo(logits.argmax(1), _choices.AsSpan(0, n));
        for (int i = 0; i < n; i++)
        {
            directions[i] = (Direction)_choices[i];
        }
    }

    private void RequireGames(int inputs, int answers)
    {
        if (_games == 0)
        {
            throw new InvalidOperationException("Call BeginGames before Decide.");
        }
        if (inputs != _games || answers != _games)
        {
            throw new ArgumentException($"{_games} game(s) were begun; got {inputs} inputs and room for {answers} answers.");
        }
    }

    private void ForgetMemory()
    {
        _memory?.H.Dispose();
        _memory?.C.Dispose();
        _memory = null;
    }
}
