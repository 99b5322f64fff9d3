using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using RlGym.Core;
using RlGym.Core.Spaces;
using RlGym.Core.Vector;
using RlGym.Envs.CatMouse.Single;

namespace RlGym.Envs.CatMouse.Vector;

/// <summary>
/// The native batched CatMouse-v0: N games over structure-of-arrays state, stepped eight at a time with Vector256 and
/// split over the cores for large N, allocating nothing per step (SameStep's final infos aside). Game i reset with
/// seed s plays exactly as <c>registry.Make("CatMouse-v0")</c> reset with seed s + i, including the time limit, the
/// autoreset mode and the reset mask. Discrete actions only: compass vectors are synchronous copies.
/// </summary>
internal sealed class CatMouseVectorEnvironment : IVectorEnvironment<CatMouseObservation, int>
{
    private readonly string _id;
    private readonly CatMouseBatch _batch;
    private readonly BatchWorkers _workers;
    private readonly Discrete _actions = new(4);
    private bool _allStarted;
    private bool _disposed;

    public CatMouseVectorEnvironment(VectorContext context, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(context.Count, 1);
        _id = context.Spec.Id;
        var settings = CatMouseSettings.Read(_id, context.Options);
        if (settings.Compass)
        {
            throw new UserInputException(
                $"The batched {_id} takes Discrete(4) actions only, not actions=compass; for compass actions make the vector with float[] actions (MakeVector<CatMouseObservation, float[]>), which steps synchronous copies.");
        }
        if (!Enum.IsDefined(context.Autoreset))
        {
            throw new ArgumentOutOfRangeException(nameof(context), context.Autoreset, "Autoreset is NextStep, SameStep or Disabled.");
        }
        _batch = new CatMouseBatch(context.Count, settings.Width, settings.Height, context.MaxEpisodeSteps, context.Autoreset);
        _workers = new BatchWorkers(_batch, parallelism);
        SingleObservationSpace = new CatMouseObservationSpace(settings.Width, settings.Height);
    }

    public int Count => _batch.Count;

    public ISpace<CatMouseObservation> SingleObservationSpace { get; }

    public ISpace<int> SingleActionSpace => _actions;

    public AutoresetMode Autoreset => _batch.Autoreset;

    /// <summary>The batch itself, for tests that compare the vector and scalar paths.</summary>
    internal CatMouseBatch Batch => _batch;

    /// <summary>How the steps are shared out: chunks, and thread-pool helpers joining the caller.</summary>
    internal (int Chunks, int Helpers) Sharing => (_workers.ChunkCount, _workers.HelperCount);

    public VectorResetResult<CatMouseObservation> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (mask.Length != 0 && mask.Length != Count)
        {
            throw new ArgumentException($"The reset mask has {mask.Length} entries; this vector has {Count} environments.", nameof(mask));
        }
        Placement? placed = Placement.FromOptions(_id, options, _batch.Width, _batch.Height);
        for (int i = 0; i < Count; i++)
        {
            if (mask.Length != 0 && !mask[i])
            {
                continue;
            }
            if (seed is ulong s)
            {
                _batch.Rngs[i].Reseed(unchecked(s + (ulong)i));
            }
            _batch.ResetGame(i, placed);
        }
        _allStarted = mask.Length == 0 || Array.TrueForAll(_batch.Started, started => started);
        return new VectorResetResult<CatMouseObservation>(_batch.Observations, _batch.Infos);
    }

    public VectorStepResult<CatMouseObservation> Step(ReadOnlySpan<int> actions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (actions.Length != Count)
        {
            throw new ArgumentException($"Got {actions.Length} actions; this vector has {Count} environments.", nameof(actions));
        }
        if (!_allStarted)
        {
            int first = Array.IndexOf(_batch.Started, false);
            throw EnvironmentErrors.StepBeforeReset($"{_id} copy {first}");
        }
        actions.CopyTo(_batch.Actions);
        if (!AllValid())
        {
            ThrowFirstInvalid();
        }
        _workers.StepAll();
        return new VectorStepResult<CatMouseObservation>(_batch.Observations, _batch.Rewards, _batch.Terminated, _batch.Truncated, _batch.Infos);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
    }

    public override string ToString() => $"{_id} x{Count} (batched, {Autoreset})";

    /// <summary>
    /// True when every action that will be applied is in Discrete(4) and, with autoreset disabled, no finished game
    /// is stepped. Actions of games that NextStep resets are ignored, as the synchronous vector ignores them.
    /// </summary>
    private bool AllValid()
    {
        int[] actions = _batch.Actions, pending = _batch.Pending;
        bool nextStep = Autoreset == AutoresetMode.NextStep, disabled = Autoreset == AutoresetMode.Disabled;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var highest = Vector256.Create(3u);
            var bad = Vector256<int>.Zero;
            ref int a = ref MemoryMarshal.GetArrayDataReference(actions);
            ref int p = ref MemoryMarshal.GetArrayDataReference(pending);
            for (; i + 8 <= actions.Length; i += 8)
            {
                var outside = Vector256.GreaterThan(Vector256.LoadUnsafe(ref a, (nuint)i).AsUInt32(), highest).AsInt32();
                var waiting = Vector256.LoadUnsafe(ref p, (nuint)i);
                bad |= nextStep ? Vector256.AndNot(outside, waiting) : disabled ? outside | waiting : outside;
            }
            if (bad != Vector256<int>.Zero)
            {
                return false;
            }
        }
        for (; i < actions.Length; i++)
        {
            if (Invalid(i))
            {
                return false;
            }
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowFirstInvalid()
    {
        for (int i = 0; i < Count; i++)
        {
            if (!Invalid(i))
            {
                continue;
            }
            if (Autoreset == AutoresetMode.Disabled && _batch.Pending[i] != 0)
            {
                throw EnvironmentErrors.StepAfterEnd($"{_id} copy {i}");
            }
            throw new InvalidActionException(_actions, _batch.Actions[i]);
        }
    }

    private bool Invalid(int i)
    {
        bool waiting = _batch.Pending[i] != 0;
        bool outside = (uint)_batch.Actions[i] > 3u;
        return Autoreset switch
        {
            AutoresetMode.NextStep => outside && !waiting,
            AutoresetMode.Disabled => outside || waiting,
            _ => outside,
        };
    }
}
