using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.CatMouse.Planning;

namespace RlGym.Envs.CatMouse.Teachers;

/// <summary>
/// The exact optimum of CatMouse-v0 as an agent: reads the privileged state and plays a move of
/// <see cref="CatMouseOptimum"/> for the moves left before its horizon (past the horizon, as with one move left).
/// </summary>
/// <typeparam name="TObs">The observation type (ignored).</typeparam>
/// <typeparam name="TAction">int or float[] (the compass midpoint of the move).</typeparam>
internal sealed class CatMouseOptimalAgent<TObs, TAction> : IAgent<TObs, TAction>
{
    private readonly IPrivileged<CatMouseState> _source;
    private readonly int _horizon;
    private readonly OptimalMouseTable _table = new();

    public CatMouseOptimalAgent(IPrivileged<CatMouseState> source, int horizon)
    {
        if (typeof(TAction) != typeof(int) && typeof(TAction) != typeof(float[]))
        {
            throw new ArgumentException($"The optimal mouse acts with int or float[] actions, not {typeof(TAction).Name}.", nameof(TAction));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        _source = source;
        _horizon = horizon;
    }

    public string Name => "optimal";

    public void BeginEpisode(ulong seed)
    {
    }

    public TAction Act(TObs observation)
    {
        var state = _source.PrivilegedState;
        _table.Prepare(state.CatX, state.CatY, state.Width, state.Height, _horizon);
        var direction = _table.BestMove(state.MouseX, state.MouseY, Math.Max(1, _horizon - state.Step));
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
