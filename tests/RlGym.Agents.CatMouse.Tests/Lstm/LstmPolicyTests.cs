using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Tests.Lstm;

[Collection(TrainedBrainsCollection.Name)]
public sealed class LstmPolicyTests(TrainedBrains brains)
{
    [Fact]
    public void Games_played_side_by_side_play_as_they_would_alone()
    {
        using var brain = LstmBrainFile.Load(brains.MousePath);
        var set = EvaluationSet.Create(BrainRole.Mouse, 60, 21, 6, 6, 10);
        using var together = brain.Play(60);
        using var alone = brain.Play(1);
        Assert.Equal(MistakeEvaluator.Evaluate(together, set), MistakeEvaluator.Evaluate(alone, set));
    }

    [Fact]
    public void Observations_and_states_give_the_same_moves()
    {
        using var brain = LstmBrainFile.Load(brains.MousePath);
        var states = EvaluationSet.Create(BrainRole.Mouse, 8, 5, 6, 6, 10).Starts.ToArray();
        var fromStates = new Direction[8];
        var fromObservations = new Direction[8];
        using var policy = brain.Play(8);
        policy.BeginGames(8);
        policy.Decide(states, fromStates);
        policy.BeginGames(8);
        policy.Decide(states.Select(s => s.Observation).ToArray(), fromObservations);
        Assert.Equal(fromStates, fromObservations);
    }

    [Fact]
    public void Misuse_is_refused_with_what_to_do()
    {
        using var brain = new LstmBrain(BrainRole.Mouse, hidden: 8);
        using var policy = brain.Play(4);
        var state = new CatMouseState(0, 0, 3, 3, 6, 6, 0);
        var error = Assert.Throws<InvalidOperationException>(() => policy.Decide([state], new Direction[1]));
        Assert.Contains("BeginGames", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.BeginGames(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.BeginGames(0));
        policy.BeginGames(2);
        Assert.Throws<ArgumentException>(() => policy.Decide([state], new Direction[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => brain.Play(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LstmBrain(BrainRole.Cat, hidden: 0));
    }
}
