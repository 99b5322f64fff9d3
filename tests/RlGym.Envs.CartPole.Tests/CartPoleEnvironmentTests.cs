using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Plugins;
using RlGym.Core.Registry;
using Xunit;

namespace RlGym.Envs.CartPole.Tests;

public sealed class CartPoleEnvironmentTests
{
    private static IEnvironment<float[], int> Make(EnvOptions? options = null) =>
        CartPoleTestKit.Environments().Make<float[], int>(CartPolePlugin.Id, options);

    [Fact]
    public void One_step_follows_the_published_equations()
    {
        // From rest with the pole leaning 0.1 rad right, pushing right for one 0.02 s Euler step. By hand:
        // temp = (10 + 0) / 1.1; thetaacc = (9.8 sin 0.1 - cos 0.1 temp) / (0.5 (4/3 - 0.1 cos^2 0.1 / 1.1));
        // xacc = temp - 0.05 thetaacc cos 0.1 / 1.1; positions move by tau times the old velocities.
        double sin = Math.Sin(0.1), cos = Math.Cos(0.1), temp = 10 / 1.1;
        double thetaAcc = ((9.8 * sin) - (cos * temp)) / (0.5 * ((4.0 / 3.0) - (0.1 * cos * cos / 1.1)));
        double xAcc = temp - (0.05 * thetaAcc * cos / 1.1);
        var next = CartPolePhysics.Step(new CartPoleState(0, 0, 0.1, 0), 1);
        Assert.Equal(0.0, next.X);
        Assert.Equal(0.02 * xAcc, next.XDot, 12);
        Assert.Equal(0.1, next.Theta);
        Assert.Equal(0.02 * thetaAcc, next.ThetaDot, 12);
        Assert.True(next.ThetaDot < 0, "pushing right under a pole leaning right straightens it");
        var left = CartPolePhysics.Step(new CartPoleState(1, 2, 0, 0), 0);
        Assert.Equal(1.04, left.X, 12);
        Assert.True(left.XDot < 2, "pushing left slows a cart moving right");
    }

    [Fact]
    public void Starts_are_within_five_hundredths_and_repeat_under_a_seed()
    {
        using var env = Make();
        for (ulong seed = 0; seed < 100; seed++)
        {
            var first = env.Reset(seed).Observation;
            Assert.All(first, value => Assert.InRange(value, -0.05f, 0.05f));
            Assert.Equal(first, env.Reset(seed).Observation);
        }
    }

    [Fact]
    public void Pushing_one_way_drops_the_pole_within_a_few_dozen_steps_with_a_reward_on_every_step()
    {
        using var env = Make();
        env.Reset(seed: 3);
        int steps = 0;
        StepResult<float[]> step;
        do
        {
            step = env.Step(1);
            steps++;
            Assert.Equal(1.0, step.Reward);
        }
        while (!step.IsDone);
        Assert.True(step.Terminated);
        Assert.False(step.Truncated);
        Assert.InRange(steps, 5, 60);
        Assert.True(Math.Abs(step.Observation[2]) > CartPolePhysics.ThetaThreshold || Math.Abs(step.Observation[0]) > CartPolePhysics.XThreshold);
    }

    [Fact]
    public void A_balancing_controller_is_truncated_at_five_hundred_steps()
    {
        using var env = Make();
        var observation = env.Reset(seed: 0).Observation;
        int steps = 0;
        StepResult<float[]> step;
        do
        {
            // Push towards where the pole is falling: a textbook linear controller on angle and angular velocity.
            int action = observation[2] + (0.5f * observation[3]) + (0.01f * observation[0]) + (0.1f * observation[1]) > 0 ? 1 : 0;
            step = env.Step(action);
            observation = step.Observation;
            steps++;
        }
        while (!step.IsDone);
        Assert.Equal(CartPolePlugin.MaxEpisodeSteps, steps);
        Assert.True(step.Truncated);
        Assert.False(step.Terminated);
    }

    [Fact]
    public void Options_are_refused_by_name()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Make(EnvOptions.Of(("gravity", 3))));
        Assert.Contains("gravity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plugin_loads_from_its_folder_and_registers_cartpole()
    {
        string folder = Path.Combine(Path.GetTempPath(), "rlgym-cartpole-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(typeof(CartPolePlugin).Assembly.Location, Path.Combine(folder, "RlGym.Envs.CartPole.dll"));
            var environments = new EnvRegistry();
            var loaded = PluginLoader.LoadDirectory(folder, environments, new AgentRegistry());
            Assert.Equal([typeof(CartPolePlugin).FullName!], loaded);
            var spec = environments.Spec(CartPolePlugin.Id);
            Assert.Equal(500, spec.MaxEpisodeSteps);
            Assert.Equal(475.0, spec.RewardThreshold);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
