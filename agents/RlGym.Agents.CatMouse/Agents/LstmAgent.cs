using System.Runtime.CompilerServices;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>
/// An <see cref="LstmBrain"/> acting from observations only: one game at a time, memory cleared at every episode,
/// the direction of the largest logit as a Discrete(4) int or as that direction's compass midpoint.
/// </summary>
/// <typeparam name="TObs">Always <see cref="CatMouseObservation"/> (checked by the factory).</typeparam>
/// <typeparam name="TAction">int or float[] (checked by the factory).</typeparam>
internal sealed class LstmAgent<TObs, TAction> : IAgent<TObs, TAction>, IDisposable
{
    private readonly LstmBrain _brain;
    private readonly LstmPolicy _policy;
    private readonly CatMouseObservation[] _observation = new CatMouseObservation[1];
    private readonly Direction[] _direction = new Direction[1];

    public LstmAgent(string name, LstmBrain brain)
    {
        Name = name;
        _brain = brain;
        _policy = brain.Play(1);
        _policy.BeginGames(1);
    }

    public string Name { get; }

    public void BeginEpisode(ulong seed) => _policy.BeginGames(1);

    public TAction Act(TObs observation)
    {
        _observation[0] = Unsafe.As<TObs, CatMouseObservation>(ref observation);
        _policy.Decide(_observation, _direction);
        var direction = _direction[0];
        if (typeof(TAction) == typeof(int))
        {
            int action = (int)direction;
            return Unsafe.As<int, TAction>(ref action);
        }
        return (TAction)(object)new[] { CatMouseRules.ToCompass(direction) };
    }

    public void Observe(in Transition<TObs, TAction> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }

    public void Dispose()
    {
        _policy.Dispose();
        _brain.Dispose();
    }
}
