using RlGym.Core.Vector;

namespace RlGym.Core.Tests.Vector;

public sealed class StepWorkersTests
{
    [Fact]
    public void EveryItemOfEveryRoundRunsExactlyOnceBeforeTheRoundReturns()
    {
        const int Items = 5;
        using var workers = new StepWorkers(Items, 3, "test");
        var counts = new int[Items];
        for (int round = 1; round <= 2_000; round++)
        {
            workers.Run(i => Interlocked.Increment(ref counts[i]));
            for (int i = 0; i < Items; i++)
            {
                Assert.Equal(round, Volatile.Read(ref counts[i]));
            }
        }
    }

    [Fact]
    public void AnItemsExceptionReachesTheCallerAfterTheOtherItemsFinished()
    {
        using var workers = new StepWorkers(4, 1, "test");
        var done = new bool[4];
        var error = Assert.Throws<InvalidOperationException>(() => workers.Run(i =>
        {
            if (i == 1)
            {
                throw new InvalidOperationException("item 1");
            }
            Volatile.Write(ref done[i], true);
        }));
        Assert.Equal("item 1", error.Message);
        Assert.Equal([true, false, true, true], done);
        int ran = 0;
        workers.Run(_ => Interlocked.Increment(ref ran)); // the workers survive an item's failure
        Assert.Equal(4, ran);
    }

    [Fact]
    public void WithoutWorkersTheCallerRunsEveryItemAndDisposeStopsTheThreads()
    {
        using (var alone = new StepWorkers(3, 0, "test"))
        {
            var threads = new int[3];
            alone.Run(i => threads[i] = System.Environment.CurrentManagedThreadId);
            Assert.All(threads, t => Assert.Equal(System.Environment.CurrentManagedThreadId, t));
        }
        var workers = new StepWorkers(2, 1, "test");
        workers.Run(_ => { });
        workers.Dispose();
        workers.Dispose();
        Assert.Throws<ObjectDisposedException>(() => workers.Run(_ => { }));
    }
}
