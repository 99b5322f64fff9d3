using System.Security.Cryptography;
using RlGym.Core.Spaces;
using RlGym.Server.Tensors;

namespace RlGym.Server;

/// <summary>
/// A fingerprint of an observation as the server sends it: the SHA-256, in lowercase hex, of its tensors' items
/// (little-endian, row-major; a Dict's keys in the space's order; Discrete as int32). A client hashing what it
/// received the same way can check it saw exactly what the C# environment produced.
/// </summary>
public static class ObservationDigest
{
    /// <summary>The digest of <paramref name="observation"/>, an element of <paramref name="space"/>.</summary>
    /// <exception cref="NotSupportedException">When the space cannot travel as tensors.</exception>
    public static string Of(ISpace space, object observation, Func<ISpace, (double Low, double High)?>? structBounds = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(observation);
        StructBounds? bounds = structBounds is null ? null : s => structBounds(s);
        var codec = SpaceCodecs.Create(space, bounds);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int field = 0; field < codec.Fields.Count; field++)
        {
            hash.AppendData(codec.PackObjects([observation], field).Data.Span);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
