namespace RlGym.Runner.Arena;

/// <summary>
/// How an arena request is cut into blocks: each pairing's episodes are split into runs of <see cref="ArenaRequest.Lanes"/>
/// (the last may be shorter), and block <c>i</c> is run <c>i % BlocksPerPairing</c> of pairing <c>i / BlocksPerPairing</c>.
/// A block's episodes depend on the request and the block's index alone, so blocks may be played by any thread,
/// process or machine, in any order, and the assembled league is the same.
/// </summary>
internal static class ArenaBlocks
{
    /// <summary>The lanes a table for <paramref name="request"/> needs: its lane count, or fewer when there are fewer episodes.</summary>
    public static int Lanes(ArenaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Math.Min(request.Lanes, request.Episodes);
    }

    /// <summary>Blocks in each pairing.</summary>
    public static int PerPairing(ArenaRequest request)
    {
        int lanes = Lanes(request);
        return (request.Episodes + lanes - 1) / lanes;
    }

    /// <summary>Blocks in the whole request.</summary>
    public static long Count(ArenaRequest request) => (long)request.Pairings * PerPairing(request);

    /// <summary>
    /// Where block <paramref name="block"/> sits: its pairing, its first episode, its episode count, and the offset of
    /// its first episode in the run's episode list (pairing by pairing, episode by episode).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the block is outside the request.</exception>
    public static (int Pairing, int First, int Count, long Offset) Locate(ArenaRequest request, long block)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(block);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(block, Count(request));
        int perPairing = PerPairing(request), lanes = Lanes(request);
        int pairing = (int)(block / perPairing), first = (int)(block % perPairing) * lanes;
        int count = Math.Min(lanes, request.Episodes - first);
        return (pairing, first, count, (long)pairing * request.Episodes + first);
    }
}
