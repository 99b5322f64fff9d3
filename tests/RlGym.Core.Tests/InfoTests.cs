namespace RlGym.Core.Tests;

public sealed class InfoTests
{
    [Fact]
    public void Empty_is_shared_and_With_copies()
    {
        Assert.Same(Info.Empty, Info.Empty);
        var one = Info.Of("a", 1);
        var two = one.With("b", 2);
        Assert.Single(one);
        Assert.Equal(2, two.Count);
        Assert.True(two.TryGet<int>("b", out int b));
        Assert.Equal(2, b);
        Assert.False(two.TryGet<string>("b", out _));
    }

    [Fact]
    public void Missing_keys_list_what_is_there()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Info.Of("episode", 1)["final"]);
        Assert.Contains("episode", error.Message, StringComparison.Ordinal);
    }
}
