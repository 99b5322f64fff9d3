using System.Diagnostics.CodeAnalysis;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>
/// The agent <c>elman:PATH</c>: the seed's Elman brain loaded from an <c>elman-brain</c> checkpoint. A checkpoint of a
/// training run records its grid, which the cat-and-mouse environments are then made with (<see cref="RequiredOptions"/>).
/// </summary>
internal sealed class ElmanAgentFactory : IAgentFactory
{
    public string Name => "elman";

    public string Description => "The seed's Elman brain from a checkpoint (elman:PATH): CatMouse-v0 (Discrete or compass) as the mouse, CatMouseDuel-v0 as the role it was trained for.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        agent = null;
        if (!BrainSeat.TryRead(context, Name, out var seat, out whyNot))
        {
            return false;
        }
        string path = BrainSeat.RequirePath(context.Argument, Name);
        var brain = Elman.ElmanCheckpoint.LoadBrain(path);
        seat.RequireRole(brain.Role, path);
        agent = new ElmanAgent<TObs, TAction>($"{Name}:{path}", brain.Network, seat.Width, seat.Height);
        return true;
    }

    public EnvOptions RequiredOptions(string environmentId, string? argument) =>
        !string.IsNullOrWhiteSpace(argument) && environmentId is CatMouseEnvironments.CatMouseId or CatMouseEnvironments.DuelId
            && Elman.ElmanCheckpoint.TrainedGrid(argument) is var (width, height)
            ? EnvOptions.Of(("width", width), ("height", height))
            : EnvOptions.Empty;
}
