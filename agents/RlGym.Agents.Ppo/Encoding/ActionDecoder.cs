using RlGym.Core;
using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// The policy's categorical heads for an action space (Discrete: one head of n; MultiDiscrete: one head per item;
/// MultiBinary: one head of two per item) and how a choice per head becomes an action.
/// </summary>
internal abstract class ActionDecoder<TAction>
{
    /// <summary>What the learner acts in, for error messages.</summary>
    public const string Supported = "supported action spaces: Discrete, MultiDiscrete and MultiBinary";

    /// <summary>The number of choices of each head.</summary>
    public abstract int[] Heads { get; }

    /// <summary>Makes the action for <paramref name="choices"/> (one per head) into <paramref name="slot"/> (reusing an array there).</summary>
    public abstract void Write(ReadOnlySpan<int> choices, ref TAction slot);

    /// <summary>The choice per head that makes <paramref name="action"/> (the inverse of <see cref="Write"/>; behaviour cloning reads a demonstrator's actions so).</summary>
    /// <exception cref="ArgumentException">When the action is outside the space.</exception>
    public abstract void Read(TAction action, Span<int> choices);

    /// <summary>The decoder of <paramref name="space"/>.</summary>
    /// <exception cref="ArgumentException">When the space is not one the learner acts in; the message names it.</exception>
    public static ActionDecoder<TAction> Create(ISpace<TAction> space)
    {
        ArgumentNullException.ThrowIfNull(space);
        object? decoder = space switch
        {
            Discrete d => new DiscreteDecoder(d),
            MultiDiscrete m => new MultiDiscreteDecoder(m),
            MultiBinary b when b.Shape.Count == 1 => new MultiBinaryDecoder(b),
            _ => null,
        };
        return decoder as ActionDecoder<TAction>
            ?? throw new UserInputException($"PPO cannot act in the action space {space} ({space.ElementType.Name} elements); {Supported}.");
    }

    private sealed class DiscreteDecoder(Discrete space) : ActionDecoder<int>
    {
        public override int[] Heads { get; } = [space.N];

        public override void Write(ReadOnlySpan<int> choices, ref int slot) => slot = space.Start + choices[0];

        public override void Read(int action, Span<int> choices) => choices[0] = Check(action - space.Start, space.N, action);
    }

    private sealed class MultiDiscreteDecoder(MultiDiscrete space) : ActionDecoder<int[]>
    {
        private readonly int[] _start = space.Start.ToArray();

        public override int[] Heads { get; } = space.NVec.ToArray();

        public override void Write(ReadOnlySpan<int> choices, ref int[] slot)
        {
            if (slot is null || slot.Length != _start.Length)
            {
                slot = new int[_start.Length];
            }
            for (int i = 0; i < slot.Length; i++)
            {
                slot[i] = _start[i] + choices[i];
            }
        }

        public override void Read(int[] action, Span<int> choices)
        {
            for (int i = 0; i < _start.Length; i++)
            {
                choices[i] = Check(action[i] - _start[i], Heads[i], action[i]);
            }
        }
    }

    private sealed class MultiBinaryDecoder(MultiBinary space) : ActionDecoder<byte[]>
    {
        public override int[] Heads { get; } = [.. Enumerable.Repeat(2, space.Size)];

        public override void Write(ReadOnlySpan<int> choices, ref byte[] slot)
        {
            if (slot is null || slot.Length != space.Size)
            {
                slot = new byte[space.Size];
            }
            for (int i = 0; i < slot.Length; i++)
            {
                slot[i] = (byte)choices[i];
            }
        }

        public override void Read(byte[] action, Span<int> choices)
        {
            for (int i = 0; i < space.Size; i++)
            {
                choices[i] = Check(action[i], 2, action[i]);
            }
        }
    }

    private static int Check(int choice, int choices, int action) =>
        choice >= 0 && choice < choices ? choice : throw new ArgumentException($"Action {action} is outside the action space ({choices} choices).", nameof(action));
}
