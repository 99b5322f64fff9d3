using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Core.Agents;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>
/// An <see cref="LstmBrain"/> playing one game per lane: all lanes' observations go through the network in one forward
/// pass, each lane keeps its own LSTM memory, and every lane's memory is cleared when the episodes begin.
/// </summary>
/// <typeparam name="TObs">Always <see cref="CatMouseObservation"/> (checked by the factory).</typeparam>
/// <typeparam name="TAction">int or float[] (checked by the factory).</typeparam>
internal sealed class LstmBatchAgent<TObs, TAction> : IBatchAgent<TObs, TAction>
{
    private readonly LstmBrain _brain;
    private readonly LstmPolicy _policy;
    private readonly Direction[] _directions;

    public LstmBatchAgent(string name, LstmBrain brain, int lanes)
    {
        Name = name;
        _brain = brain;
        _policy = brain.Play(lanes);
        _directions = new Direction[lanes];
        _policy.BeginGames(lanes);
    }

    public string Name { get; }

    public int Lanes => _directions.Length;

    public void BeginEpisodes(ReadOnlySpan<ulong> seeds)
    {
        if (seeds.Length != Lanes)
        {
            throw new ArgumentException($"Batch agent '{Name}' plays {Lanes} lanes; got {seeds.Length} seeds.", nameof(seeds));
        }
        _policy.BeginGames(Lanes);
    }

    public void Act(ReadOnlySpan<TObs> observations, Span<TAction> actions)
    {
        if (actions.Length != Lanes)
        {
            throw new ArgumentException($"Batch agent '{Name}' plays {Lanes} lanes; got room for {actions.Length} actions.", nameof(actions));
        }
        var seen = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TObs, CatMouseObservation>(ref MemoryMarshal.GetReference(observations)), observations.Length);
        _policy.Decide(seen, _directions);
        for (int lane = 0; lane < actions.Length; lane++)
        {
            if (typeof(TAction) == typeof(int))
            {
                int action = (int)_directions[lane];
                actions[lane] = Unsafe.As<int, TAction>(ref action);
            }
            else
            {
                actions[lane] = (TAction)(object)new[] { CatMouseRules.ToCompass(_directions[lane]) };
            }
        }
    }

    public void Dispose()
    {
        _policy.Dispose();
        _brain.Dispose();
    }
}
