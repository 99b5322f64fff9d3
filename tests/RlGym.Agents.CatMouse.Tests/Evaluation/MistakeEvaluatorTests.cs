using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Tests.Evaluation;

public sealed class MistakeEvaluatorTests
{
    [Theory]
    [InlineData(BrainRole.Mouse)]
    [InlineData(BrainRole.Cat)]
    public void A_policy_that_always_answers_the_teacher_makes_no_mistakes(BrainRole role)
    {
        var report = MistakeEvaluator.Evaluate(ScriptedPolicy.Teacher(role), EvaluationSet.Standard(role));
        Assert.Equal(0, report.Mistakes);
        Assert.Equal(1000, report.PerfectGames);
        Assert.Equal(0.0, report.MistakesPerGame);
    }

    [Fact]
    public void Always_up_as_the_mouse_makes_8_mistakes_in_a_game_worked_by_hand()
    {
        // Cat (2,2), mouse (2,3): the teacher says up at (2,3) and (2,4); at the top wall (2,5) it says right, and the
        // mouse that keeps pressing up stays there for the remaining 8 moves.
        var set = EvaluationSet.FromStarts(BrainRole.Mouse, [new CatMouseState(2, 2, 2, 3, 6, 6, 0)], 10);
        var report = MistakeEvaluator.Evaluate(ScriptedPolicy.Always(Direction.Up), set);
        Assert.Equal(new MistakeReport(1, 10, 8, 0), report);
    }

    [Fact]
    public void Always_up_as_the_mouse_on_the_standard_set_matches_a_direct_count()
    {
        var set = EvaluationSet.Standard(BrainRole.Mouse);
        int expected = 0;
        foreach (var start in set.Starts)
        {
            int y = start.MouseY;
            for (int move = 0; move < 10; move++)
            {
                if (CatMouseRules.FleeDirection(start.CatX, start.CatY, start.MouseX, y, 6, 6) != Direction.Up)
                {
                    expected++;
                }
                y = Math.Min(y + 1, 5);
            }
        }
        var report = MistakeEvaluator.Evaluate(ScriptedPolicy.Always(Direction.Up), set);
        Assert.Equal(expected, report.Mistakes);
        Assert.Equal(10000, report.Moves);
        Assert.InRange(report.MistakesPerGame, 1.0, 9.0);
    }

    [Fact]
    public void A_cat_game_ends_at_the_catch_and_counts_only_the_moves_played()
    {
        // Cat (0,0), fleeing mouse (2,0): both run right; the mouse reaches the wall (5,0) on move 3 and stays there
        // (its rule still says right), the cat arrives on move 5: a catch after 5 moves, all of them the chase's.
        var set = EvaluationSet.FromStarts(BrainRole.Cat, [new CatMouseState(0, 0, 2, 0, 6, 6, 0)], 10);
        Assert.Equal(new MistakeReport(1, 5, 0, 1), MistakeEvaluator.Evaluate(ScriptedPolicy.Teacher(BrainRole.Cat), set));
        Assert.Equal(new MistakeReport(1, 5, 0, 1), MistakeEvaluator.Evaluate(ScriptedPolicy.Always(Direction.Right), set));
    }

    [Fact]
    public void Always_up_as_the_cat_is_wrong_on_every_move_of_a_game_worked_by_hand()
    {
        // The cat climbs the left wall while the mouse flees right along the bottom to (5,0) and stays: the chase says
        // right on all 10 moves (the horizontal gap is never smaller than the vertical one) and there is no catch.
        var set = EvaluationSet.FromStarts(BrainRole.Cat, [new CatMouseState(0, 0, 2, 0, 6, 6, 0)], 10);
        Assert.Equal(new MistakeReport(1, 10, 10, 0), MistakeEvaluator.Evaluate(ScriptedPolicy.Always(Direction.Up), set));
    }

    [Fact]
    public void Playing_games_in_chunks_gives_the_same_count_as_all_at_once()
    {
        var set = EvaluationSet.Standard(BrainRole.Cat);
        var wide = ScriptedPolicy.Always(Direction.Left, 1000);
        var narrow = ScriptedPolicy.Always(Direction.Left, 7);
        Assert.Equal(MistakeEvaluator.Evaluate(wide, set), MistakeEvaluator.Evaluate(narrow, set));
        Assert.Equal([1000], wide.Begun);
        Assert.Equal(143, narrow.Begun.Count);
        Assert.Equal(1000, narrow.Begun.Sum());
        Assert.Equal(6, narrow.Begun[^1]);
    }

    [Fact]
    public void A_random_policy_makes_most_of_its_moves_wrong()
    {
        var report = MistakeEvaluator.Evaluate(ScriptedPolicy.Random(5), EvaluationSet.Standard(BrainRole.Mouse));
        Assert.InRange(report.MistakesPerGame, 6.5, 8.5);
    }
}
