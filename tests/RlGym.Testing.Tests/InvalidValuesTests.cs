using RlGym.Core.Spaces;
using RlGym.Testing.Checks;
using RlGym.Testing.Tests.Toys;
using Xunit;

namespace RlGym.Testing.Tests;

public sealed class InvalidValuesTests
{
    public static TheoryData<string, ISpace, int> Spaces => new()
    {
        { "Discrete", new Discrete(4), 2 },
        { "Discrete with start", new Discrete(3, start: -1), 2 },
        { "Box<float> bounded", new Box<float>(-1f, 1f, 3), 3 },
        { "Box<double> unbounded", new Box<double>(double.NegativeInfinity, double.PositiveInfinity, 2), 2 },
        { "Box<double> half bounded", new Box<double>(0, double.PositiveInfinity, 2), 3 },
        { "Box<Half>", new Box<Half>((Half)0, Half.MaxValue, 2), 3 },
        { "Box<byte> full range", new Box<byte>(0, 255, 4), 1 },
        { "Box<byte> partial", new Box<byte>(0, 9, 2, 2), 2 },
        { "Box<int>", new Box<int>(-5, 5, 1), 2 },
        { "Box<long>", new Box<long>(long.MinValue, 0, 2), 2 },
        { "Box<sbyte>", new Box<sbyte>(sbyte.MinValue, 3, 2), 2 },
        { "MultiDiscrete", new MultiDiscrete([3, 2]), 2 },
        { "MultiBinary", new MultiBinary(2, 3), 2 },
        { "Text", new TextSpace(5, minLength: 2, charset: "abc"), 3 },
        { "Dict", new DictSpace(KeyValuePair.Create<string, ISpace>("a", new Discrete(2)), KeyValuePair.Create<string, ISpace>("b", new MultiBinary(2))), 4 },
        { "Tuple", new TupleSpace(new Box<float>(0f, 1f, 2), new Discrete(5)), 4 },
    };

    [Theory]
    [MemberData(nameof(Spaces))]
    public void EveryValueBuiltLiesOutsideItsSpaceAndHasItsElementType(string kind, ISpace space, int expected)
    {
        var values = InvalidValues.For(space, seed: 3);

        Assert.NotNull(values);
        Assert.True(values.Count == expected, $"{kind}: {values.Count} values, expected {expected}: {string.Join("; ", values.Select(space.Format))}");
        Assert.All(values, v => Assert.False(space.ContainsObject(v), $"{kind}: {space.Format(v)} is in {space}"));
        Assert.All(values, v => Assert.IsAssignableFrom(space.ElementType, v));
    }

    [Fact]
    public void UnknownSpaceTypesGetNoValuesAndAReasonNamingTheType()
    {
        var space = new EvenNumbers();

        Assert.Null(InvalidValues.For(space, seed: 3));
        Assert.Contains("EvenNumbers(0..10) (EvenNumbers)", InvalidValues.UnknownSpace(space), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnvironmentWithAnUnknownActionSpaceSkipsOnlyTheInvalidActionCheck()
    {
        var report = EnvironmentChecker.Check(() => new Parity(), new CheckOptions { Seed = 2 });

        var notPassed = KitResults.Applicable(report).Where(r => r.Outcome != CheckOutcome.Passed).ToList();
        Assert.Equal([CheckNames.SeedsDiffer, CheckNames.InvalidAction], notPassed.Select(r => r.Name));
        Assert.All(notPassed, r => Assert.Equal(CheckOutcome.Skipped, r.Outcome));
        var skipped = notPassed[1];
        Assert.Contains("cannot build actions outside EvenNumbers(0..10)", skipped.Message, StringComparison.Ordinal);
    }
}
