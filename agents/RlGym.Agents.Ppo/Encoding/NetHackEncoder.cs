using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// NetHack's Dict observation read in the spirit of NLE's baseline agent, kept small: the 9 x 9 map characters around
/// the hero (from <c>chars</c>, centred on blstats' x and y; cells off the map are 0) as 81 tokens of 256 through an
/// embedding, and the 27 bottom-line statistics (<c>blstats</c>) as sign(x) log(1 + |x|). Encoded shape: 81 + 27 numbers.
/// Other keys (colours, message, terminal) are not read.
/// </summary>
internal sealed class NetHackEncoder : ObservationEncoder<IReadOnlyDictionary<string, object>>
{
    /// <summary>The side of the crop around the hero.</summary>
    public const int Crop = 9;

    private const string CharsKey = "chars";
    private const string BlstatsKey = "blstats";
    private readonly int _rows;
    private readonly int _columns;
    private readonly int _stats;
    private readonly ObservationSegment[] _segments;

    private NetHackEncoder(int rows, int columns, int stats)
    {
        _rows = rows;
        _columns = columns;
        _stats = stats;
        _segments = [new ObservationSegment("chars_crop", 0, Crop * Crop, Vocabulary: 256), new ObservationSegment(BlstatsKey, Crop * Crop, stats)];
    }

    public override int Size => Crop * Crop + _stats;

    public override IReadOnlyList<ObservationSegment> Segments => _segments;

    /// <summary>The encoder when <paramref name="space"/> has NetHack's <c>chars</c> (a byte map) and <c>blstats</c> (at least x and y); null otherwise.</summary>
    public static NetHackEncoder? TryCreate(DictSpace space)
    {
        var keys = space.Spaces.ToDictionary(kv => kv.Key, kv => kv.Value);
        return keys.GetValueOrDefault(CharsKey) is Box<byte> { Shape.Count: 2 } chars && keys.GetValueOrDefault(BlstatsKey) is Box<long> { Size: >= 2 } blstats
            ? new NetHackEncoder(chars.Shape[0], chars.Shape[1], blstats.Size)
            : null;
    }

    public override void Encode(IReadOnlyDictionary<string, object> observation, Span<float> destination)
    {
        var chars = (byte[])observation[CharsKey];
        var blstats = (long[])observation[BlstatsKey];
        int x = (int)blstats[0], y = (int)blstats[1], half = Crop / 2;
        for (int dy = 0; dy < Crop; dy++)
        {
            int row = y - half + dy;
            for (int dx = 0; dx < Crop; dx++)
            {
                int column = x - half + dx;
                bool inside = (uint)row < (uint)_rows && (uint)column < (uint)_columns;
                destination[dy * Crop + dx] = inside ? chars[row * _columns + column] : 0f;
            }
        }
        for (int i = 0; i < _stats; i++)
        {
            double v = blstats[i];
            destination[Crop * Crop + i] = (float)(Math.Sign(v) * Math.Log(1 + Math.Abs(v)));
        }
    }
}
