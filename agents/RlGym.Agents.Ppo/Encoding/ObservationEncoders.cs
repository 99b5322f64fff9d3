using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>Builds the encoder of an observation space, or says in one line why the learner cannot read it.</summary>
internal static class ObservationEncoders
{
    /// <summary>The Dict key (PettingZoo's convention) whose entry is an action mask rather than an observation.</summary>
    public const string ActionMaskKey = "action_mask";

    /// <summary>What the learner reads, for error messages.</summary>
    public const string Supported =
        "supported observation spaces: Box of any number type and shape (byte pictures (H, W, C) go to a CNN), Discrete, MultiBinary, MultiDiscrete, a struct of float fields, and Dict/Tuple of these";

    /// <summary>The encoder of <paramref name="space"/>.</summary>
    /// <exception cref="ArgumentException">When the space is not one the learner reads; the message names it and what is supported.</exception>
    public static ObservationEncoder<TObs> Create<TObs>(ISpace<TObs> space)
    {
        ArgumentNullException.ThrowIfNull(space);
        return Create(space, "observation") as ObservationEncoder<TObs>
            ?? throw Unsupported(space);
    }

    private static ObservationEncoder Create(ISpace space, string name)
    {
        switch (space)
        {
            case Discrete discrete:
                return new DiscreteEncoder(discrete, name);
            case MultiBinary binary:
                return new MultiBinaryEncoder(binary, name);
            case MultiDiscrete multi:
                return new MultiDiscreteEncoder(multi, name);
            case DictSpace dict when NetHackEncoder.TryCreate(dict) is { } nethack:
                return nethack;
            case DictSpace dict:
            {
                var keys = dict.Spaces.Where(kv => kv.Key != ActionMaskKey).ToArray();
                if (keys.Length == 0)
                {
                    throw Unsupported(space);
                }
                var parts = keys.Select(kv => Create(kv.Value, kv.Key)).ToArray();
                return new CompositeEncoder<IReadOnlyDictionary<string, object>>(parts, (value, i) => value[keys[i].Key]);
            }
            case TupleSpace tuple when tuple.Spaces.Count > 0:
            {
                var parts = tuple.Spaces.Select((s, i) => Create(s, $"{name}[{i}]")).ToArray();
                return new CompositeEncoder<object[]>(parts, (value, i) => value[i]);
            }
        }
        var type = space.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Box<>))
        {
            var encoder = typeof(BoxEncoder<>).MakeGenericType(type.GetGenericArguments()[0]);
            return (ObservationEncoder)Activator.CreateInstance(encoder, space, name)!;
        }
        if (space.ElementType.IsValueType)
        {
            var make = typeof(FloatRecordEncoder<>).MakeGenericType(space.ElementType).GetMethod("TryCreate")!;
            if (make.Invoke(null, [space, name]) is ObservationEncoder record)
            {
                return record;
            }
        }
        throw Unsupported(space);
    }

    private static ArgumentException Unsupported(ISpace space) =>
        new($"PPO cannot read the observation space {space} ({space.ElementType.Name} elements); {Supported}.");
}
