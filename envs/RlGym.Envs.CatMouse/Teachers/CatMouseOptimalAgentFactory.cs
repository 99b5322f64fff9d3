using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Envs.CatMouse.Teachers;

/// <summary>
/// The agent <c>optimal</c> for CatMouse-v0: the exact optimum by dynamic programming from privileged state, planned
/// for the game's 10 moves (<c>optimal:N</c> plans for N, to match a <c>max_episode_steps</c> override). Declines the
/// duel (the cat moves there, which the plan does not model) and environments without <see cref="CatMouseState"/>.
/// </summary>
internal sealed class CatMouseOptimalAgentFactory : IAgentFactory
{
    /// <summary>The largest horizon accepted in <c>optimal:N</c>.</summary>
    public const int MaxHorizon = 10_000;

    public string Name => "optimal";

    public string Description => "CatMouse-v0's exact optimum (dynamic programming over the moves left, from privileged state); optimal:N plans for N moves (default 10).";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        agent = null;
        if (!context.Environment.TryGetPrivileged<CatMouseState>(out var source))
        {
            whyNot = "the optimal mouse needs an environment exposing CatMouseState (CatMouse-v0)";
            return false;
        }
        if (context.Role is not null)
        {
            whyNot = "the optimal mouse plans against CatMouse-v0's stationary cat, not in a multi-agent duel";
            return false;
        }
        if (typeof(TAction) != typeof(int) && typeof(TAction) != typeof(float[]))
        {
            whyNot = $"the optimal mouse acts with int or float[] actions, not {typeof(TAction).Name}";
            return false;
        }
        agent = new CatMouseOptimalAgent<TObs, TAction>(source, Horizon(context.Argument));
        whyNot = null;
        return true;
    }

    private static int Horizon(string? argument)
    {
        if (argument is null)
        {
            return CatMouseEnvironments.GameLength;
        }
        if (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out int horizon) || horizon < 1 || horizon > MaxHorizon)
        {
            throw new UserInputException($"'optimal:{argument}' is not a horizon: expected a whole number of moves from 1 to {MaxHorizon} (such as optimal:10).");
        }
        return horizon;
    }
}
