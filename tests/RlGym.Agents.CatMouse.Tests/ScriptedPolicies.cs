using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core.Random;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Tests;

/// <summary>A policy that answers with a fixed rule of the state, and records how the evaluator drives it.</summary>
internal sealed class ScriptedPolicy(Func<CatMouseState, Direction> rule, int parallelism = 1000) : IDirectionPolicy
{
    public List<int> Begun { get; } = [];

    public string Name => "scripted";

    public int Parallelism => parallelism;

    public void BeginGames(int games) => Begun.Add(games);

    public void Decide(ReadOnlySpan<CatMouseState> states, Span<Direction> directions)
    {
        Assert.Equal(Begun[^1], states.Length);
        for (int i = 0; i < states.Length; i++)
        {
            directions[i] = rule(states[i]);
        }
    }

    public static ScriptedPolicy Teacher(BrainRole role, int parallelism = 1000) =>
        new(s => role == BrainRole.Mouse ? CatMouseRules.FleeDirection(s) : CatMouseRules.ChaseDirection(s), parallelism);

    public static ScriptedPolicy Always(Direction direction, int parallelism = 1000) => new(_ => direction, parallelism);

    public static ScriptedPolicy Random(ulong seed)
    {
        var rng = new Rng(seed);
        return new ScriptedPolicy(_ => (Direction)rng.NextInt(4), 1);
    }
}
