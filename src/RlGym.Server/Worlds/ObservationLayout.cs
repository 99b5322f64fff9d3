using RlGym.Core;
using RlGym.Server.Protocol;
using RlGym.Server.Tensors;

namespace RlGym.Server.Worlds;

/// <summary>
/// The observation uids of one agent (or of the only one): first its observation's fields (named <c>observation</c>,
/// or by key for a Dict), then <c>reward</c> (DOUBLE), <c>discount</c> (DOUBLE: 0 when the episode terminated, else 1)
/// <c>truncated</c> (BOOL) and <c>info</c> (a STRING: the step's info as JSON, see <see cref="InfoJson"/>; sent only when
/// requested, so a client that does not read it pays nothing for it); a multi-agent world prefixes every name with <c>agent/</c>.
/// </summary>
internal sealed class ObservationLayout
{
    // The tensors most steps send, made once: nothing mutates a tensor once it is in a response, so one instance can
    // go in every response (an empty info, both flags, both discounts).
    private readonly Tensor _emptyInfo = Text("{}");
    private readonly Tensor _truncated = ItemTypes.ToTensor<bool>([true], []);
    private readonly Tensor _notTruncated = ItemTypes.ToTensor<bool>([false], []);
    private readonly Tensor _discountZero = ItemTypes.ToTensor<double>([0.0], []);
    private readonly Tensor _discountOne = ItemTypes.ToTensor<double>([1.0], []);

    /// <summary>Lays out the uids from <paramref name="firstUid"/> on.</summary>
    public ObservationLayout(SpaceCodec codec, string prefix, ulong firstUid, ActionObservationSpecs specs)
    {
        FirstUid = firstUid;
        FieldCount = codec.Fields.Count;
        string name = codec.Fields.Count == 1 && codec.Fields[0].Length == 0 ? Prefixed(prefix, "observation") : prefix.TrimEnd('/');
        ulong uid = firstUid;
        foreach (var spec in codec.Specs(name))
        {
            specs.Observations[uid++] = spec;
        }
        RewardUid = uid++;
        DiscountUid = uid++;
        TruncatedUid = uid++;
        InfoUid = uid++;
        specs.Observations[RewardUid] = SpecValues.Spec(Prefixed(prefix, "reward"), [], DataType.Double);
        specs.Observations[DiscountUid] = SpecValues.Spec(Prefixed(prefix, "discount"), [], DataType.Double, 0, 1);
        specs.Observations[TruncatedUid] = SpecValues.Spec(Prefixed(prefix, "truncated"), [], DataType.Bool);
        specs.Observations[InfoUid] = SpecValues.Spec(Prefixed(prefix, "info"), [], DataType.String);
    }

    /// <summary>The uid of the first observation field.</summary>
    public ulong FirstUid { get; }

    /// <summary>How many observation fields.</summary>
    public int FieldCount { get; }

    /// <summary>The uid of the reward.</summary>
    public ulong RewardUid { get; }

    /// <summary>The uid of the discount.</summary>
    public ulong DiscountUid { get; }

    /// <summary>The uid of the truncation flag.</summary>
    public ulong TruncatedUid { get; }

    /// <summary>The uid of the info (JSON text).</summary>
    public ulong InfoUid { get; }

    /// <summary>The last uid of this layout.</summary>
    public ulong LastUid => InfoUid;

    /// <summary>True when <paramref name="uid"/> is one of this layout's.</summary>
    public bool Owns(ulong uid) => uid >= FirstUid && uid <= LastUid;

    /// <summary>The tensor for <paramref name="uid"/>, given the observation's fields and the step's outcome.</summary>
    public Tensor Get(ulong uid, Tensor[] fields, double reward, bool terminated, bool truncated, Info info)
    {
        if (uid == InfoUid)
        {
            return info.Count == 0 ? _emptyInfo : Text(InfoJson.Write(info));
        }
        if (uid < RewardUid)
        {
            return fields[uid - FirstUid];
        }
        if (uid == TruncatedUid)
        {
            return truncated ? _truncated : _notTruncated;
        }
        if (uid == DiscountUid)
        {
            return terminated ? _discountZero : _discountOne;
        }
        return ItemTypes.ToTensor<double>([reward], []);
    }

    private static Tensor Text(string value)
    {
        var text = new Tensor { Strings = new Tensor.Types.StringArray() };
        text.Strings.Array.Add(value);
        return text;
    }

    private static string Prefixed(string prefix, string name) => prefix + name;
}
