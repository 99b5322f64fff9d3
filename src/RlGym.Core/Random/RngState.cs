namespace RlGym.Core.Random;

/// <summary>The 256-bit state of an <see cref="Rng"/>: equal states produce equal streams.</summary>
/// <param name="S0">First state word.</param>
/// <param name="S1">Second state word.</param>
/// <param name="S2">Third state word.</param>
/// <param name="S3">Fourth state word.</param>
public readonly record struct RngState(ulong S0, ulong S1, ulong S2, ulong S3)
{
    /// <summary>Writes the four state words, in order, as checkpoints store a generator.</summary>
    /// <param name="writer">Where to write the 32 bytes.</param>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(S0);
        writer.Write(S1);
        writer.Write(S2);
        writer.Write(S3);
    }

    /// <summary>Reads a state written by <see cref="Write"/>.</summary>
    /// <param name="reader">Where to read the 32 bytes.</param>
    /// <returns>The state.</returns>
    public static RngState Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new RngState(reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64());
    }
}
