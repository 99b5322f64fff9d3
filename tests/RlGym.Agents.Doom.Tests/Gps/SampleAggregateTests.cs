using RlGym.Agents.Doom.Gps;

namespace RlGym.Agents.Doom.Tests.Gps;

public sealed class SampleAggregateTests
{
    [Fact]
    public void Stacks_are_rebuilt_within_an_episode_repeating_its_first_frame()
    {
        var aggregate = new SampleAggregate(capacity: 10, frameSize: 1, stack: 3);
        aggregate.AddEpisode([[10], [11], [12]], [0, 1, 2]);
        aggregate.AddEpisode([[20], [21]], [3, 0]);
        Assert.Equal(5, aggregate.Count);
        Assert.Equal(new byte[] { 10, 10, 10 }, Input(aggregate, 0));
        Assert.Equal(new byte[] { 10, 10, 11 }, Input(aggregate, 1));
        Assert.Equal(new byte[] { 10, 11, 12 }, Input(aggregate, 2));
        Assert.Equal(new byte[] { 20, 20, 20 }, Input(aggregate, 3));
        Assert.Equal(new byte[] { 20, 20, 21 }, Input(aggregate, 4));
        Assert.Equal([0, 1, 2, 3, 0], Enumerable.Range(0, 5).Select(aggregate.Label));
    }

    [Fact]
    public void When_full_the_oldest_decisions_go_first()
    {
        var aggregate = new SampleAggregate(capacity: 4, frameSize: 1, stack: 2);
        aggregate.AddEpisode([[1], [2], [3]], [1, 1, 1]);
        aggregate.AddEpisode([[4], [5], [6]], [2, 2, 2]);
        Assert.Equal(4, aggregate.Count);
        Assert.Equal(6, aggregate.Added);
        Assert.Equal([1, 2, 2, 2], Enumerable.Range(0, 4).Select(aggregate.Label));
        // Decision 0 is frame 3, whose predecessor (frame 2) was overwritten: it repeats its oldest surviving frame.
        Assert.Equal(new byte[] { 3, 3 }, Input(aggregate, 0));
        Assert.Equal(new byte[] { 4, 4 }, Input(aggregate, 1));
        Assert.Equal(new byte[] { 5, 6 }, Input(aggregate, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => aggregate.Label(4));
    }

    [Fact]
    public void Mismatched_episodes_are_refused()
    {
        var aggregate = new SampleAggregate(4, 2, 1);
        Assert.Throws<ArgumentException>(() => aggregate.AddEpisode([[1, 2]], [0, 1]));
        Assert.Throws<ArgumentException>(() => aggregate.AddEpisode([[1]], [0]));
        Assert.Throws<ArgumentException>(() => aggregate.AddEpisode([[1, 2]], [300]));
        Assert.Equal(0, aggregate.Count);
    }

    private static byte[] Input(SampleAggregate aggregate, int index)
    {
        var input = new byte[aggregate.InputSize];
        aggregate.CopyInput(index, input);
        return input;
    }
}
