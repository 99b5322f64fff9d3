using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Spaces;

public sealed class CompositeSpaceTests
{
    private static DictSpace MakeDict() => new(
        KeyValuePair.Create("position", (ISpace)new Box<float>(0f, 1f, 2)),
        KeyValuePair.Create("keys", (ISpace)new MultiBinary(3)),
        KeyValuePair.Create("mode", (ISpace)new Discrete(2)));

    [Fact]
    public void Dict_contains_exactly_its_keys_with_values_in_their_spaces()
    {
        var dict = MakeDict();
        dict.Seed(1);
        var sample = dict.Sample();
        Assert.True(dict.Contains(sample));
        var missing = sample.Where(kv => kv.Key != "mode").ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.False(dict.Contains(missing));
        var wrong = sample.ToDictionary(kv => kv.Key, kv => kv.Value);
        wrong["mode"] = 5;
        Assert.False(dict.Contains(wrong));
        Assert.StartsWith("Dict('position': Box(", dict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dict_seeding_derives_child_seeds_reproducibly()
    {
        var a = MakeDict();
        var b = MakeDict();
        a.Seed(5);
        b.Seed(5);
        for (int i = 0; i < 20; i++)
        {
            Assert.True(a.ValuesEqual(a.Sample(), b.Sample()));
        }
    }

    [Fact]
    public void Dict_copy_is_deep()
    {
        var dict = MakeDict();
        var sample = dict.Sample();
        var copy = dict.Copy(sample);
        Assert.True(dict.ValuesEqual(sample, copy));
        ((float[])copy["position"])[0] = 2f;
        Assert.False(dict.ValuesEqual(sample, copy));
    }

    [Fact]
    public void Dict_rejects_repeated_keys_and_unknown_lookups()
    {
        Assert.Throws<ArgumentException>(() => new DictSpace(
            KeyValuePair.Create("a", (ISpace)new Discrete(2)), KeyValuePair.Create("a", (ISpace)new Discrete(3))));
        var error = Assert.Throws<KeyNotFoundException>(() => MakeDict()["nope"]);
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tuple_checks_each_item_and_seeds_children()
    {
        var a = new TupleSpace(new Discrete(3), new TextSpace(4));
        var b = new TupleSpace(new Discrete(3), new TextSpace(4));
        a.Seed(9);
        b.Seed(9);
        var sample = a.Sample();
        Assert.True(a.Contains(sample));
        Assert.True(a.ValuesEqual(sample, b.Sample()));
        Assert.False(a.Contains([3, "ab"]));
        Assert.False(a.Contains([1]));
        Assert.Equal("Tuple(Discrete(3), Text(1, 4, charset=0123456789ABCDEFGHIJ...))", a.ToString());
    }

    [Fact]
    public void MultiDiscrete_and_MultiBinary_contain_and_sample()
    {
        var md = new MultiDiscrete([2, 3], start: [1, -1]);
        md.Seed(2);
        Assert.True(md.Contains(md.Sample()));
        Assert.True(md.Contains([2, 1]));
        Assert.False(md.Contains([3, 1]));
        Assert.Equal("MultiDiscrete([2, 3])", md.ToString());
        Assert.Throws<ArgumentException>(() => new MultiDiscrete([2, 0]));

        var mb = new MultiBinary(2, 2);
        Assert.True(mb.Contains([0, 1, 1, 0]));
        Assert.False(mb.Contains([0, 2, 1, 0]));
        Assert.Equal("MultiBinary((2, 2))", mb.ToString());
    }

    [Fact]
    public void Text_respects_lengths_and_charset()
    {
        var text = new TextSpace(maxLength: 5, minLength: 2, charset: "ab");
        text.Seed(3);
        for (int i = 0; i < 100; i++)
        {
            string s = text.Sample();
            Assert.InRange(s.Length, 2, 5);
            Assert.True(text.Contains(s));
        }
        Assert.False(text.Contains("abc"));
        Assert.False(text.Contains("a"));
        Assert.Throws<ArgumentException>(() => new TextSpace(1, 2));
    }

    [Fact]
    public void Format_prints_elements_for_error_messages()
    {
        ISpace box = new Box<int>(0, 9, 3);
        Assert.Equal("[1, 2, 3]", box.Format(new[] { 1, 2, 3 }));
        Assert.Equal("\"hi\"", new TextSpace(3).Format("hi"));
    }
}
