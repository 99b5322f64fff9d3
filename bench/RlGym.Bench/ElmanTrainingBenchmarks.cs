using BenchmarkDotNet.Attributes;
using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Imitation;

namespace RlGym.Bench;

/// <summary>
/// The seed's brain training: one operation is one game (10 forward steps, the teacher's targets, backpropagation through
/// time and the weight update), the loop the seed's NumPy script runs at about 4,300 games/s for hidden 16 here.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ElmanTrainingBenchmarks
{
    private const int GamesPerInvoke = 20_000;
    private ElmanImitationTrainer _trainer = null!;

    /// <summary>Hidden units.</summary>
    [Params(16, 32, 64, 128)]
    public int Hidden { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _trainer = new ElmanImitationTrainer(new ElmanTrainingOptions { Hidden = Hidden, Seed = 0, Random = StartCellSource.Numpy });
        // Past the first games, where the network changes fastest, into the regime most of a run spends in.
        for (int i = 0; i < 20_000; i++)
        {
            _trainer.PlayGame();
        }
    }

    [Benchmark(OperationsPerInvoke = GamesPerInvoke)]
    public double Game()
    {
        double total = 0;
        for (int i = 0; i < GamesPerInvoke; i++)
        {
            total += _trainer.PlayGame();
        }
        return total;
    }
}
