using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core.Random;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Tests.Evaluation;

public sealed class ElmanPolicyTests
{
    [Fact]
    public void A_network_of_zero_weights_reads_0_5_on_the_compass_and_so_always_goes_down()
    {
        var policy = new ElmanPolicy(new ElmanNetwork(8));
        var set = EvaluationSet.Standard(BrainRole.Mouse);
        Assert.Equal(MistakeEvaluator.Evaluate(ScriptedPolicy.Always(Direction.Down), set), MistakeEvaluator.Evaluate(policy, set));
    }

    [Fact]
    public void Each_game_starts_from_a_cleared_memory_and_reads_the_compass_of_the_seeds_inputs()
    {
        var network = Seeded(12);
        var set = EvaluationSet.Create(BrainRole.Mouse, 50, 3, 6, 6, 10);
        var first = MistakeEvaluator.Evaluate(new ElmanPolicy(network), set);
        Assert.Equal(first, MistakeEvaluator.Evaluate(new ElmanPolicy(network), set));

        int mistakes = 0;
        var inputs = new double[4];
        foreach (var start in set.Starts)
        {
            network.BeginSequence();
            var s = start;
            for (int move = 0; move < 10; move++)
            {
                inputs[0] = s.CatX / 5.0;
                inputs[1] = s.CatY / 5.0;
                inputs[2] = s.MouseX / 5.0;
                inputs[3] = s.MouseY / 5.0;
                var direction = CatMouseRules.FromCompass(network.Predict(inputs));
                mistakes += direction != CatMouseRules.FleeDirection(s) ? 1 : 0;
                var (x, y) = CatMouseRules.Move(s.MouseX, s.MouseY, direction, 6, 6);
                s = s with { MouseX = x, MouseY = y };
            }
        }
        Assert.Equal(mistakes, first.Mistakes);
    }

    [Fact]
    public void The_elman_policy_plays_one_game_at_a_time()
    {
        var policy = new ElmanPolicy(new ElmanNetwork(4));
        Assert.Equal(1, policy.Parallelism);
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.BeginGames(2));
    }

    internal static ElmanNetwork Seeded(ulong seed)
    {
        var network = new ElmanNetwork(16);
        var rng = new Rng(seed);
        network.InitializeUniform(rng.NextDouble);
        return network;
    }
}
