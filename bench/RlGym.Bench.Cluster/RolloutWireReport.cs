using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using RlGym.Cluster.Rollouts;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Vector;

namespace RlGym.Bench.Cluster;

/// <summary>
/// <c>dotnet run --project bench/RlGym.Bench.Cluster -c Release -- rollout ENV COPIES [STEPS]</c>: the payload a
/// rollout worker's step puts on the wire (the packed actions out, the reply back, as Orleans serialises them), per
/// call and per environment step, for COPIES copies of ENV stepped with uniformly random actions. Orleans' message
/// headers (a fixed cost per call) come on top and are not counted.
/// </summary>
internal static class RolloutWireReport
{
    public static int Run(EnvRegistry environments, string id, int copies, int steps)
    {
        using var services = new ServiceCollection().AddSerializer(s => s.AddAssembly(typeof(RolloutReply).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var job = new RolloutJob { Run = "bench", EnvironmentId = id, Options = [], First = 0, Count = copies, Autoreset = (int)AutoresetMode.SameStep };
        using var batch = IRolloutBatch.Open(environments, job);
        batch.Reset(1, null, [], "S127.0.0.1:11111:155188888");
        var rng = new Rng(1);
        var space = environments.Spec(id);
        int actions = ActionCount(environments, id);
        long bytes = 0, observationBytes = 0;
        var packed = new byte[copies * sizeof(int)];
        for (int step = 0; step < steps; step++)
        {
            for (int i = 0; i < copies; i++)
            {
                BitConverter.TryWriteBytes(packed.AsSpan(i * sizeof(int)), rng.NextInt(actions));
            }
            var reply = batch.Step(packed, "S127.0.0.1:11111:155188888");
            bytes += serializer.SerializeToArray(packed).Length + serializer.SerializeToArray(reply).Length;
            observationBytes += reply.Observations.Length + reply.FinalObservations.Length;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{space.Id}, {copies} copies per worker: {bytes / (double)steps:0} payload bytes per call (actions + reply), {bytes / ((double)steps * copies):0.0} bytes per env step, of which observations {observationBytes / ((double)steps * copies):0.0}"));
        return 0;
    }

    // Discrete action counts only (CatMouse-v0 and NetHack's tasks): the actions are packed as ints.
    private static int ActionCount(EnvRegistry environments, string id) => environments.Make(id, new DiscreteCount());

    private sealed class DiscreteCount : IEnvironmentVisitor<int>
    {
        public int Visit<TObs, TAction>(RlGym.Core.IEnvironment<TObs, TAction> environment)
        {
            using (environment)
            {
                return environment.ActionSpace is RlGym.Core.Spaces.Discrete discrete ? discrete.N : throw new ArgumentException("Only Discrete actions are benchmarked.");
            }
        }

        public int VisitParallel<TObs, TAction>(RlGym.Core.MultiAgent.IParallelEnvironment<TObs, TAction> environment) =>
            throw new ArgumentException("Only single-agent environments are benchmarked.");
    }
}
