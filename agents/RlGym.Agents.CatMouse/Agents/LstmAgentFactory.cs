using System.Diagnostics.CodeAnalysis;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.CatMouse;
using RlGym.Torch;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>
/// The agent <c>lstm:PATH</c>: an <see cref="LstmBrain"/> loaded from an <c>lstm-brain</c> checkpoint, or the brain
/// of the seat's role from an <c>lstm-duel</c> checkpoint (co-training). As a batch agent
/// (the arena) one brain answers every lane with one forward pass. The cat-and-mouse environments are made on the grid
/// the brain was trained on (<see cref="RequiredOptions"/>).
/// </summary>
internal sealed class LstmAgentFactory : IBatchAgentFactory
{
    public string Name => "lstm";

    public string Description => "A TorchSharp LSTM brain from a checkpoint (lstm:PATH): CatMouse-v0 (Discrete or compass) as the mouse, CatMouseDuel-v0 as the role it was trained for.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        agent = TryLoad(context, out whyNot) is { } brain ? new LstmAgent<TObs, TAction>($"{Name}:{context.Argument}", brain) : null;
        return agent is not null;
    }

    public bool TryCreateBatch<TObs, TAction>(AgentContext<TObs, TAction> context, int lanes, [NotNullWhen(true)] out IBatchAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        // Batches are played by the arena's own worker threads (one per core): TorchSharp's intra-op threads on top
        // would only contend for the same cores.
        TorchRuntime.SetThreads(1);
        agent = TryLoad(context, out whyNot) is { } brain ? new LstmBatchAgent<TObs, TAction>($"{Name}:{context.Argument}", brain, lanes) : null;
        return agent is not null;
    }

    public EnvOptions RequiredOptions(string environmentId, string? argument)
    {
        if (string.IsNullOrWhiteSpace(argument) || environmentId is not (CatMouseEnvironments.CatMouseId or CatMouseEnvironments.DuelId))
        {
            return EnvOptions.Empty;
        }
        var (width, height) = LstmBrainFile.ReadGrid(argument);
        return EnvOptions.Of(("width", width), ("height", height));
    }

    private LstmBrain? TryLoad<TObs, TAction>(AgentContext<TObs, TAction> context, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!BrainSeat.TryRead(context, Name, out var seat, out whyNot))
        {
            return null;
        }
        string path = BrainSeat.RequirePath(context.Argument, Name);
        var brain = LstmBrainFile.Load(path, seat.Role);
        try
        {
            seat.RequireRole(brain.Role, path);
        }
        catch
        {
            brain.Dispose();
            throw;
        }
        return brain;
    }
}
