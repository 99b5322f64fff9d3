using System.Buffers;
using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Core.Vector;

namespace RlGym.Cluster.Rollouts;

/// <summary>
/// A rollout worker's copies: the registry's vector of them (the environment's native batched one when it registers
/// one, synchronous copies otherwise: a worker is one thread), with the codecs that carry their items.
/// </summary>
internal interface IRolloutBatch : IDisposable
{
    /// <summary>Resets the copies (see <see cref="IVectorEnvironment{TObs,TAction}.Reset"/>).</summary>
    RolloutReply Reset(ulong? seed, EnvOptions? options, bool[] mask, string silo);

    /// <summary>Steps the copies with packed actions.</summary>
    RolloutReply Step(byte[] actions, string silo);

    /// <summary>Opens the batch of <paramref name="job"/> from <paramref name="registry"/>.</summary>
    static IRolloutBatch Open(EnvRegistry registry, RolloutJob job)
    {
        var options = job.Options.Length == 0 ? EnvOptions.Empty : EnvOptions.Parse(job.Options);
        return registry.Make(job.EnvironmentId, new Maker(registry, job, options), options);
    }

    private sealed class Maker(EnvRegistry registry, RolloutJob job, EnvOptions options) : IEnvironmentVisitor<IRolloutBatch>
    {
        public IRolloutBatch Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            var autoreset = (AutoresetMode)job.Autoreset;
            IVectorEnvironment<TObs, TAction> vector;
            try
            {
                vector = registry.MakeVector<TObs, TAction>(job.EnvironmentId, job.Count, options, VectorMode.Native, autoreset);
            }
            catch (ArgumentException e) when (e.ParamName == "mode")
            {
                vector = registry.MakeVector<TObs, TAction>(job.EnvironmentId, job.Count, options, VectorMode.Sync, autoreset);
            }
            return new RolloutBatch<TObs, TAction>(vector);
        }

        public IRolloutBatch VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            throw new UserInputException($"Environment '{job.EnvironmentId}' is multi-agent; rollout workers step single-agent environments only.");
        }
    }
}

/// <summary>The copies of one worker, typed.</summary>
internal sealed class RolloutBatch<TObs, TAction>(IVectorEnvironment<TObs, TAction> vector) : IRolloutBatch
{
    private readonly ItemCodec<TObs> _observations = ItemCodec<TObs>.Create();
    private readonly ItemCodec<TAction> _actionCodec = ItemCodec<TAction>.Create();
    private readonly TAction[] _actions = new TAction[vector.Count];
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly List<int> _finals = [];

    public RolloutReply Reset(ulong? seed, EnvOptions? options, bool[] mask, string silo)
    {
        var result = vector.Reset(seed, options, mask);
        return Reply(result.Observations, [], [], [], result.Infos, silo);
    }

    public RolloutReply Step(byte[] actions, string silo)
    {
        ReadOnlySpan<byte> source = actions;
        for (int i = 0; i < _actions.Length; i++)
        {
            _actions[i] = _actionCodec.Read(ref source);
        }
        var result = vector.Step(_actions);
        return Reply(result.Observations, result.Rewards.ToArray(), result.Terminated.ToArray(), result.Truncated.ToArray(), result.Infos, silo);
    }

    private RolloutReply Reply(ReadOnlySpan<TObs> observations, double[] rewards, bool[] terminated, bool[] truncated, ReadOnlySpan<Info> infos, string silo)
    {
        _buffer.ResetWrittenCount();
        foreach (var observation in observations)
        {
            _observations.Write(observation, _buffer);
        }
        byte[] packed = _buffer.WrittenSpan.ToArray();
        _buffer.ResetWrittenCount();
        _finals.Clear();
        byte[]?[]? masks = null;
        for (int i = 0; i < infos.Length; i++)
        {
            var info = infos[i];
            if (info.Count == 0)
            {
                continue;
            }
            if (info.TryGetValue(VectorInfoKeys.FinalObservation, out var final) && final is TObs last)
            {
                _finals.Add(i);
                _observations.Write(last, _buffer);
            }
            if (info.TryGetValue(ActionMaskKey, out var mask) && MaskBytes(mask) is { } bytes)
            {
                masks ??= new byte[]?[infos.Length];
                masks[i] = bytes;
            }
        }
        return new RolloutReply
        {
            Observations = packed,
            Rewards = rewards,
            Terminated = terminated,
            Truncated = truncated,
            Finals = [.. _finals],
            FinalObservations = _buffer.WrittenSpan.ToArray(),
            ActionMasks = masks,
            Silo = silo,
        };
    }

    /// <summary>Gymnasium's info key of an action mask.</summary>
    public const string ActionMaskKey = "action_mask";

    private static byte[]? MaskBytes(object? mask) => mask switch
    {
        byte[] b => b,
        bool[] b => [.. b.Select(v => v ? (byte)1 : (byte)0)],
        sbyte[] b => [.. b.Select(v => v != 0 ? (byte)1 : (byte)0)],
        int[] b => [.. b.Select(v => v != 0 ? (byte)1 : (byte)0)],
        float[] b => [.. b.Select(v => v != 0 ? (byte)1 : (byte)0)],
        double[] b => [.. b.Select(v => v != 0 ? (byte)1 : (byte)0)],
        _ => null,
    };

    public void Dispose() => vector.Dispose();
}
