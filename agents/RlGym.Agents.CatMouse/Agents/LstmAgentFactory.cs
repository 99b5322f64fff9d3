using System.Diagnostics.CodeAnalysis;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Core.Agents;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>The agent <c>lstm:PATH</c>: an <see cref="LstmBrain"/> loaded from an <c>lstm-brain</c> checkpoint.</summary>
internal sealed class LstmAgentFactory : IAgentFactory
{
    public string Name => "lstm";

    public string Description => "A TorchSharp LSTM brain from a checkpoint (lstm:PATH): CatMouse-v0 (Discrete or compass) as the mouse, CatMouseDuel-v0 as the role it was trained for.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        agent = null;
        if (!BrainSeat.TryRead(context, Name, out var seat, out whyNot))
        {
            return false;
        }
        string path = BrainSeat.RequirePath(context.Argument, Name);
        var brain = LstmBrainFile.Load(path);
        try
        {
            seat.RequireRole(brain.Role, path);
        }
        catch
        {
            brain.Dispose();
            throw;
        }
        agent = new LstmAgent<TObs, TAction>($"{Name}:{path}", brain);
        return true;
    }
}
