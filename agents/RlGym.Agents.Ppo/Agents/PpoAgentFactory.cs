using System.Diagnostics.CodeAnalysis;
using RlGym.Agents.Ppo.Checkpoints;
using RlGym.Agents.Ppo.Encoding;
using RlGym.Agents.Ppo.Networks;
using RlGym.Agents.Ppo.Normalization;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Torch;

namespace RlGym.Agents.Ppo.Agents;

/// <summary>
/// The agent <c>ppo:PATH</c> (greedy: the most likely action) or <c>ppo:PATH,sample</c> (draws from the policy): a
/// policy from a <c>ppo-policy</c> checkpoint. It refuses, in one line, a checkpoint trained in another environment or
/// of another shape. As a batch agent (the arena, <c>rlgym run</c>) one forward pass answers every lane.
/// </summary>
internal sealed class PpoAgentFactory : IBatchAgentFactory
{
    private const string SampleFlag = "sample";

    public string Name => "ppo";

    public string Description => "A policy trained by `rlgym train ppo` (ppo:PATH acts greedily, ppo:PATH,sample draws from the policy)";

    /// <summary>
    /// The options the policy's run made its environment with, when <paramref name="environmentId"/> is that
    /// environment: <c>rlgym run</c> and <c>rlgym arena</c> apply them, so a policy plays the view it was trained in.
    /// </summary>
    public EnvOptions RequiredOptions(string environmentId, string? argument)
    {
        string path = CheckpointPath(argument, out _);
        using var checkpoint = PpoCheckpoint.Read(path);
        return string.Equals(checkpoint.Run.EnvironmentId, environmentId, StringComparison.Ordinal)
            ? EnvOptions.Parse(checkpoint.Run.Options)
            : EnvOptions.Empty;
    }

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        agent = null;
        if (TryLoad(context, 1, out var actor, out bool sample, out whyNot))
        {
            agent = new PpoAgent<TObs, TAction>($"{Name}:{context.Argument}", actor!, sample);
        }
        return agent is not null;
    }

    public bool TryCreateBatch<TObs, TAction>(AgentContext<TObs, TAction> context, int lanes, [NotNullWhen(true)] out IBatchAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        agent = null;
        if (TryLoad(context, lanes, out var actor, out bool sample, out whyNot))
        {
            agent = new PpoBatchAgent<TObs, TAction>($"{Name}:{context.Argument}", actor!, sample);
        }
        return agent is not null;
    }

    private static bool TryLoad<TObs, TAction>(AgentContext<TObs, TAction> context, int lanes, out PolicyActor<TObs, TAction>? actor, out bool sample, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        actor = null;
        sample = false;
        ObservationEncoder<TObs> encoder;
        ActionDecoder<TAction> decoder;
        try
        {
            encoder = ObservationEncoders.Create(context.ObservationSpace);
            decoder = ActionDecoder<TAction>.Create(context.ActionSpace);
        }
        catch (ArgumentException e)
        {
            whyNot = e.Message;
            return false;
        }
        whyNot = null;
        string path = CheckpointPath(context.Argument, out sample);
        var checkpoint = PpoCheckpoint.Read(path);
        try
        {
            var spec = context.Environment switch
            {
                IEnvironment single => single.Spec,
                IParallelEnvironment<TObs, TAction> parallel => parallel.Spec,
                _ => null,
            };
            if (spec is not null && spec.Id != checkpoint.Run.EnvironmentId)
            {
                throw new UserInputException($"Checkpoint '{path}' holds a policy trained in {checkpoint.Run.EnvironmentId}, not {spec.Id}; play it in {checkpoint.Run.EnvironmentId}.");
            }
            int stack = checkpoint.Shape.FrameStack;
            if (context.Role is { } seat && checkpoint.Run.Role is { } trained && !string.Equals(seat, trained, StringComparison.Ordinal))
            {
                throw new UserInputException($"Checkpoint '{path}' holds a policy trained as the {trained}, but it was asked to play the {seat}; seat it as the {trained}.");
            }
            var shape = new PolicyShape(stack > 1 && encoder.Segments.Count != 1 ? encoder.Segments : PolicyShape.Stack(encoder.Segments, stack), decoder.Heads, checkpoint.Shape.Hidden, stack, checkpoint.Shape.Lstm);
            if (!shape.SameAs(checkpoint.Shape))
            {
                throw new UserInputException($"Checkpoint '{path}' holds a policy for {checkpoint.Shape.Describe()}; this environment gives {shape.Describe()} (were other options used in training: {(checkpoint.Run.Options.Count == 0 ? "none" : checkpoint.Run.OptionsText)}?).");
            }
            var normalizer = checkpoint.ObservationStatistics is { } statistics ? new ObservationNormalizer(shape.Segments, shape.ObservationSize, statistics) : null;
            // Batches are played by the caller's worker threads: TorchSharp's intra-op threads would only contend for the same cores.
            TorchRuntime.SetThreads(1);
            actor = new PolicyActor<TObs, TAction>(checkpoint.Network, encoder, decoder, normalizer, lanes, ownsNetwork: true);
            return true;
        }
        catch
        {
            checkpoint.Dispose();
            throw;
        }
    }

    /// <summary>The checkpoint path of <c>PATH</c> or <c>PATH,sample</c>, and whether the policy samples.</summary>
    private static string CheckpointPath(string? argument, out bool sample)
    {
        string path = argument ?? "";
        sample = path.EndsWith("," + SampleFlag, StringComparison.Ordinal);
        if (sample)
        {
            path = path[..^(SampleFlag.Length + 1)];
        }
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserInputException("The ppo agent needs a checkpoint: write 'ppo:PATH' or 'ppo:PATH,sample' (for example ppo:runs/ppo-catmouse/policy.ckpt).");
        }
        return path;
    }
}
