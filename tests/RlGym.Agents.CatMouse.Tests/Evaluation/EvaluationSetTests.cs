using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core.Random;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Tests.Evaluation;

public sealed class EvaluationSetTests
{
    [Fact]
    public void The_standard_set_is_1000_games_of_10_moves_drawn_as_documented()
    {
        var set = EvaluationSet.Standard(BrainRole.Mouse);
        Assert.Equal(1000, set.Games);
        Assert.Equal(10, set.Moves);
        var rng = new Rng(EvaluationSet.StandardSeed);
        foreach (var start in set.Starts)
        {
            var expected = new CatMouseState(rng.NextInt(6), rng.NextInt(6), rng.NextInt(6), rng.NextInt(6), 6, 6, 0);
            Assert.Equal(expected, start);
        }
    }

    [Fact]
    public void The_standard_set_is_the_same_every_time()
    {
        Assert.Equal(EvaluationSet.Standard(BrainRole.Cat).Starts, EvaluationSet.Standard(BrainRole.Cat).Starts);
        Assert.NotEqual(EvaluationSet.Standard(BrainRole.Mouse).Starts, EvaluationSet.Create(BrainRole.Mouse, 1000, 7, 6, 6, 10).Starts);
    }

    [Fact]
    public void Cat_games_never_start_caught_but_mouse_games_may_as_in_the_seed()
    {
        Assert.DoesNotContain(EvaluationSet.Standard(BrainRole.Cat).Starts, s => s.SameCell);
        Assert.Contains(EvaluationSet.Standard(BrainRole.Mouse).Starts, s => s.SameCell);
    }

    [Fact]
    public void Bad_starts_are_refused_with_the_reason()
    {
        var offGrid = new CatMouseState(6, 0, 1, 1, 6, 6, 0);
        Assert.Contains("off its 6x6 grid", Assert.Throws<ArgumentException>(() => EvaluationSet.FromStarts(BrainRole.Mouse, [offGrid], 10)).Message, StringComparison.Ordinal);
        var caught = new CatMouseState(2, 2, 2, 2, 6, 6, 0);
        Assert.Contains("puts the cat on the mouse", Assert.Throws<ArgumentException>(() => EvaluationSet.FromStarts(BrainRole.Cat, [caught], 10)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => EvaluationSet.FromStarts(BrainRole.Mouse, [], 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationSet.FromStarts(BrainRole.Mouse, [caught], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationSet.Create(BrainRole.Mouse, 0, 1, 6, 6, 10));
    }
}
