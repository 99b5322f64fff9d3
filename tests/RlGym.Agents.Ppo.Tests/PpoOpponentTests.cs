using RlGym.Core.Agents;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.Ppo.Tests;

public sealed class PpoOpponentTests
{
    [Fact]
    public void A_role_of_the_duel_trains_against_a_fixed_opponent_and_plays_only_that_role()
    {
        var (environments, agents) = CatMouseFixture.Registries();
        string folder = CatMouseFixture.TempFolder();
        try
        {
            string path = Path.Combine(folder, "mouse.ckpt");
            using (var learner = PpoTrainer.Create(environments, CatMouseEnvironments.DuelId, null, CatMouseFixture.Fast(1), new PpoOpponent(agents, "mouse", "teacher")))
            {
                var report = learner.Iterate();
                Assert.Equal(512, report.Steps);
                Assert.InRange(learner.Evaluate(10, 3).MeanReturn, -1, 1);
                learner.Save(path);
            }
            Assert.Equal("mouse", PpoTrainer.ReadRunInfo(path).Role);
            Assert.Equal("teacher", PpoTrainer.ReadRunInfo(path).Opponent);
            using (var resumed = PpoTrainer.Resume(environments, path, agents: agents))
            {
                Assert.Equal(512, resumed.Steps);
            }

            using var duel = environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId);
            var mouse = new AgentContext<CatMouseObservation, int>(duel, duel.ObservationSpace("mouse"), duel.ActionSpace("mouse"), "mouse", null);
            Assert.NotNull(agents.Create($"ppo:{path}", mouse));
            var cat = mouse with { ObservationSpace = duel.ObservationSpace("cat"), ActionSpace = duel.ActionSpace("cat"), Role = "cat" };
            var refused = Assert.Throws<ArgumentException>(() => agents.Create($"ppo:{path}", cat));
            Assert.Contains("trained as the mouse", refused.Message, StringComparison.Ordinal);

            var noRole = Assert.ThrowsAny<ArgumentException>(() => PpoTrainer.Create(environments, CatMouseEnvironments.DuelId, null, new PpoOptions()));
            Assert.Contains("--role", noRole.Message, StringComparison.Ordinal);
            var badRole = Assert.ThrowsAny<ArgumentException>(() => PpoTrainer.Create(environments, CatMouseEnvironments.DuelId, null, new PpoOptions(), new PpoOpponent(agents, "dog", "teacher")));
            Assert.Contains("'dog'", badRole.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
