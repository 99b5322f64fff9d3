using RlGym.Core;

namespace RlGym.Server.Tests;

public sealed class InfoJsonTests
{
    [Fact]
    public void An_empty_info_is_an_empty_object()
    {
        Assert.Equal("{}", InfoJson.Write(Info.Empty));
    }

    [Fact]
    public void Numbers_flags_text_and_arrays_keep_their_values_and_dtypes()
    {
        var info = Info.From(
        [
            new("health", 87.5),
            new("level", 3),
            new("seed", ulong.MaxValue),
            new("alive", true),
            new("status", "running"),
            new("none", null),
            new("action_mask", new sbyte[] { 1, 0, 1 }),
            new("grid", new byte[,] { { 1, 2, 3 }, { 4, 5, 6 } }),
            new("flags", new[] { true, false }),
            new("nan", double.NaN),
        ]);
        Assert.Equal(
            """{"health":87.5,"level":3,"seed":18446744073709551615,"alive":true,"status":"running","none":null,"action_mask":{"__ndarray__":"int8","shape":[3],"data":[1,0,1]},"grid":{"__ndarray__":"uint8","shape":[2,3],"data":[1,2,3,4,5,6]},"flags":{"__ndarray__":"bool","shape":[2],"data":[true,false]},"nan":"NaN"}""",
            InfoJson.Write(info));
    }

    [Fact]
    public void Episode_statistics_use_Gymnasiums_names_and_nested_infos_stay_objects()
    {
        var info = Info.From(
        [
            new("episode", new EpisodeStats(2.5, 7, 0.25, true)),
            new("final_info", Info.Of("count", 4)),
        ]);
        Assert.Equal(
            """{"episode":{"r":2.5,"l":7,"t":0.25,"terminated":true},"final_info":{"count":4}}""",
            InfoJson.Write(info));
    }
}
