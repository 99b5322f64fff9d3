using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>
/// Where a checkpointed brain is asked to act: which piece (the single-agent CatMouse-v0 moves the mouse; in
/// CatMouseDuel-v0 the role names it), whether actions are compass readings (float[]) rather than Discrete(4) ints, and
/// the grid size when the observation space tells it.
/// </summary>
internal readonly record struct BrainSeat(BrainRole Role, bool Compass, int? Width, int? Height, string Where)
{
    /// <summary>Reads the seat, or says why a brain cannot act here (not a cat-and-mouse environment, another role).</summary>
    public static bool TryRead<TObs, TAction>(AgentContext<TObs, TAction> context, string agent, out BrainSeat seat, out string? whyNot)
    {
        seat = default;
        if (typeof(TObs) != typeof(CatMouseObservation))
        {
            whyNot = $"the {agent} brain plays cat-and-mouse environments (CatMouseObservation observations), not {typeof(TObs).Name} ones";
            return false;
        }
        if (typeof(TAction) != typeof(int) && typeof(TAction) != typeof(float[]))
        {
            whyNot = $"the {agent} brain acts with Discrete(4) ints or compass float[] readings, not {typeof(TAction).Name}";
            return false;
        }
        BrainRole role;
        if (context.Role is null)
        {
            role = BrainRole.Mouse;
        }
        else if (context.Role.Equals("mouse", StringComparison.OrdinalIgnoreCase) || context.Role.Equals("cat", StringComparison.OrdinalIgnoreCase))
        {
            role = BrainRoles.Parse(context.Role);
        }
        else
        {
            whyNot = $"the {agent} brain plays 'mouse' or 'cat', not '{context.Role}'";
            return false;
        }
        var space = context.ObservationSpace as CatMouseObservationSpace;
        var spec = context.Environment switch
        {
            IEnvironment single => single.Spec,
            IParallelEnvironment<TObs, TAction> parallel => parallel.Spec,
            _ => null,
        };
        string where = spec?.Id ?? (context.Role is null ? "a single-agent cat-and-mouse environment" : "a cat-and-mouse duel");
        seat = new BrainSeat(role, typeof(TAction) == typeof(float[]), space?.Width, space?.Height, where);
        whyNot = null;
        return true;
    }

    /// <summary>The checkpoint path from the spec's argument.</summary>
    /// <exception cref="ArgumentException">When the spec has no path after the colon.</exception>
    public static string RequirePath(string? argument, string agent)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new UserInputException($"The {agent} agent needs a checkpoint: write '{agent}:PATH' (for example {agent}:runs/mouse/brain.ckpt).");
        }
        return argument;
    }

    /// <summary>Checks that a brain trained for <paramref name="trained"/> may take this seat.</summary>
    /// <exception cref="ArgumentException">When the roles differ; the message names the checkpoint and both roles.</exception>
    public void RequireRole(BrainRole trained, string path)
    {
        if (trained != Role)
        {
            throw new UserInputException(
                $"Checkpoint '{path}' holds a {BrainRoles.Name(trained)} brain, but it was asked to play the {BrainRoles.Name(Role)} in {Where}; "
                + $"give it a {BrainRoles.Name(Role)} checkpoint, or seat this brain as the {BrainRoles.Name(trained)}.");
        }
    }
}
