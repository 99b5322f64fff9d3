using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Envs.CatMouse.Teachers;

/// <summary>
/// The rule-based teacher: reads the exact state (never the observation) and answers with the seed's flee rule for
/// the mouse or the greedy chase for the cat, as an int move or as the compass midpoint of that move.
/// </summary>
/// <typeparam name="TObs">The observation type (ignored).</typeparam>
/// <typeparam name="TAction">int or float[].</typeparam>
internal sealed class CatMouseTeacher<TObs, TAction> : IAgent<TObs, TAction>
{
    private readonly IPrivileged<CatMouseState> _source;
    private readonly bool _chase;

    public CatMouseTeacher(IPrivileged<CatMouseState> source, bool chase)
    {
        if (typeof(TAction) != typeof(int) && typeof(TAction) != typeof(float[]))
        {
            throw new ArgumentException($"The cat-and-mouse teacher acts with int or float[] actions, not {typeof(TAction).Name}.", nameof(TAction));
        }
        _source = source;
        _chase = chase;
    }

    public string Name => _chase ? "teacher (cat)" : "teacher";

    public void BeginEpisode(ulong seed)
    {
    }

    public TAction Act(TObs observation)
    {
        var state = _source.PrivilegedState;
        var direction = _chase ? CatMouseRules.ChaseDirection(state) : CatMouseRules.FleeDirection(state);
        if (typeof(TAction) == typeof(int))
        {
            return (TAction)(object)(int)direction;
        }
        return (TAction)(object)new[] { CatMouseRules.ToCompass(direction) };
    }

    public void Observe(in Transition<TObs, TAction> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }
}
