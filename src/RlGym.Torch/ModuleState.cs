using TorchSharp;
using static TorchSharp.torch;

namespace RlGym.Torch;

/// <summary>
/// Writes and reads a module's state (every parameter and buffer, by name) as plain float32 arrays inside a checkpoint
/// payload: a count, then for each entry its name, rank, sizes and numbers. Reading checks that the names and shapes
/// are exactly the module's, so a checkpoint of another architecture or size fails with a message that says which
/// entry differs, instead of a native error.
/// </summary>
public static class ModuleState
{
    /// <summary>Writes the state of <paramref name="module"/>.</summary>
    /// <exception cref="NotSupportedException">When an entry is not float32 (this format stores float32 only).</exception>
    public static void Write(BinaryWriter writer, nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(module);
        var state = module.state_dict();
        writer.Write(state.Count);
        foreach (var (name, tensor) in state.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (tensor.dtype != ScalarType.Float32)
            {
                throw new NotSupportedException($"Module state entry '{name}' is {tensor.dtype}; checkpoints store float32 only.");
            }
            writer.Write(name);
            writer.Write(tensor.shape.Length);
            foreach (long size in tensor.shape)
            {
                writer.Write(size);
            }
            using var cpu = tensor.detach().cpu();
            foreach (float value in TensorData.ToFloats(cpu))
            {
                writer.Write(value);
            }
        }
    }

    /// <summary>Reads a state written by <see cref="Write"/> into <paramref name="module"/>, in place.</summary>
    /// <param name="reader">Positioned at the state.</param>
    /// <param name="module">The module to fill; its parameters keep their identity (optimisers created on it stay valid).</param>
    /// <param name="source">The file the state comes from, for error messages.</param>
    /// <exception cref="InvalidDataException">When the stored names or shapes are not the module's, or a number is not finite.</exception>
    public static void Read(BinaryReader reader, nn.Module module, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(module);
        var state = module.state_dict();
        int count = reader.ReadInt32();
        if (count != state.Count)
        {
            throw new InvalidDataException($"'{source}' stores {count} state entries; this model has {state.Count} ({string.Join(", ", state.Keys.Order(StringComparer.Ordinal))}).");
        }
        using var noGrad = torch.no_grad();
        for (int i = 0; i < count; i++)
        {
            string name = reader.ReadString();
            if (!state.TryGetValue(name, out var target))
            {
                throw new InvalidDataException($"'{source}' stores state entry '{name}', which this model does not have.");
            }
            int rank = reader.ReadInt32();
            if (rank != target.shape.Length)
            {
                throw new InvalidDataException($"'{source}' stores '{name}' with {rank} dimensions; this model's has shape {TensorData.Describe(target.shape)}.");
            }
            var shape = new long[rank];
            for (int d = 0; d < rank; d++)
            {
                shape[d] = reader.ReadInt64();
            }
            if (!shape.AsSpan().SequenceEqual(target.shape))
            {
                throw new InvalidDataException($"'{source}' stores '{name}' of shape {TensorData.Describe(shape)}; this model's is {TensorData.Describe(target.shape)}.");
            }
            var values = new float[target.numel()];
            for (int k = 0; k < values.Length; k++)
            {
                values[k] = reader.ReadSingle();
                if (!float.IsFinite(values[k]))
                {
                    throw new InvalidDataException($"'{source}' stores a non-finite number in '{name}'.");
                }
            }
            using var loaded = TensorData.FromFloats(values, shape);
            target.copy_(loaded);
        }
    }
}
