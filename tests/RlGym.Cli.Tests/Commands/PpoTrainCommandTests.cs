using System.Text.Json;
using RlGym.Cli.Tests.Fixtures;
using RlGym.Runner.Training;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class PpoTrainCommandTests : IDisposable
{
    private static readonly string[] Tiny = ["--envs", "8", "--rollout-length", "16", "--eval-episodes", "20", "--eval-every", "256"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_short_run_writes_policy_metrics_curve_and_events_the_policy_plays_and_resume_continues()
    {
        string run = _folder["catmouse"];
        var result = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--steps", "256", .. Tiny, "--out", run, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using (var json = JsonDocument.Parse(result.Out))
        {
            Assert.Equal("StepLimit", json.RootElement.GetProperty("outcome").GetString());
            Assert.Equal(256, json.RootElement.GetProperty("steps").GetInt64());
            Assert.Equal("CatMouse-v0", json.RootElement.GetProperty("env").GetString());
        }
        var rows = CsvMetricsSink.Read(Path.Combine(run, "metrics.csv"));
        Assert.Equal([128L, 256], rows.Select(r => r.Step));
        Assert.Contains(rows[0].Values, v => v.Name == "eval_return" && double.IsFinite(v.Value));
        Assert.Contains(rows[0].Values, v => v.Name == "approx_kl");
        Assert.Contains(rows[0].Values, v => v.Name == "explained_variance");
        Assert.True(File.Exists(Path.Combine(run, "best.ckpt")));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(Path.Combine(run, "learning-curve.png"))[..4]);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(run, "tensorboard"), "events.out.tfevents.*"));

        string policy = Path.Combine(run, "policy.ckpt");
        var played = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", $"ppo:{policy}", "--episodes", "3", "--seed", "0", "--json"]);
        Assert.True(played.ExitCode == 0, played.ToString());
        var sampled = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", $"ppo:{policy},sample", "--episodes", "3", "--seed", "0", "--json"]);
        Assert.True(sampled.ExitCode == 0, sampled.ToString());

        var resumed = await Rlgym.RunAsync(["train", "ppo", "--resume", "--out", run, "--steps", "384", "--json"]);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal([128L, 256, 384], CsvMetricsSink.Read(Path.Combine(run, "metrics.csv")).Select(r => r.Step));

        var changed = await Rlgym.RunAsync(["train", "ppo", "--resume", "--out", run, "--steps", "512", "--gamma", "0.9"]);
        Assert.Equal(2, changed.ExitCode);
        Assert.Contains("--gamma", Assert.Single(changed.ErrorLines), StringComparison.Ordinal);

        var otherEnvironment = await Rlgym.RunAsync(["run", "CatMouseDuel-v0", "--agent", $"ppo:{policy}", "--episodes", "1"]);
        Assert.Equal(2, otherEnvironment.ExitCode);
        Assert.Contains("trained in CatMouse-v0", Assert.Single(otherEnvironment.ErrorLines), StringComparison.Ordinal);

        var otherShape = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", $"ppo:{policy}", "--option", "actions=compass", "--episodes", "1"]);
        Assert.Equal(2, otherShape.ExitCode);
        Assert.Single(otherShape.ErrorLines);
    }

    [Fact]
    public async Task A_policy_plays_the_view_it_was_trained_in_and_a_contradicting_option_is_refused()
    {
        string run = _folder["grid"];
        var trained = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--option", "width=5,height=4", "--steps", "128", .. Tiny, "--out", run]);
        Assert.True(trained.ExitCode == 0, trained.ToString());
        string agent = $"ppo:{Path.Combine(run, "policy.ckpt")}";

        var plain = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", agent, "--episodes", "20", "--seed", "3", "--json"]);
        var explicitView = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", agent, "--option", "width=5,height=4", "--episodes", "20", "--seed", "3", "--json"]);
        var defaultView = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", agent, "--option", "width=6", "--episodes", "1"]);

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(explicitView.ExitCode == 0, explicitView.ToString());
        using var a = JsonDocument.Parse(plain.Out);
        using var b = JsonDocument.Parse(explicitView.Out);
        Assert.Equal(b.RootElement.GetProperty("meanReturn").GetDouble(), a.RootElement.GetProperty("meanReturn").GetDouble());
        Assert.Equal(b.RootElement.GetProperty("totalSteps").GetInt64(), a.RootElement.GetProperty("totalSteps").GetInt64());
        Assert.Equal(2, defaultView.ExitCode);
        Assert.Contains("width=5", Assert.Single(defaultView.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--steps", "-5", "'--steps'")]
    [InlineData("--gamma", "2", "Option '--gamma' is 2")]
    [InlineData("--option", "actions=compass", "action space Box")]
    [InlineData("--option", "nonsense=1", "nonsense")]
    public async Task Bad_input_is_one_line_and_exit_2(string option, string value, string named)
    {
        string run = _folder["bad"];
        var result = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", option, value, "--out", run]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run, "policy.ckpt")));
    }

    [Fact]
    public async Task A_multi_agent_environment_is_refused_in_one_line()
    {
        var result = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouseDuel-v0", "--out", _folder["duel"]]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--role", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duel_role_trains_against_a_fixed_opponent_and_plays_in_its_seat()
    {
        string run = _folder["mouse"];
        var result = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouseDuel-v0", "--role", "mouse", "--opponent", "teacher", "--steps", "128", .. Tiny, "--out", run]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("--agent mouse=ppo:", result.Out, StringComparison.Ordinal);

        string policy = Path.Combine(run, "policy.ckpt");
        var played = await Rlgym.RunAsync(["run", "CatMouseDuel-v0", "--agent", $"mouse=ppo:{policy}", "--agent", "cat=teacher", "--episodes", "3", "--json"]);
        Assert.True(played.ExitCode == 0, played.ToString());
        var wrongSeat = await Rlgym.RunAsync(["run", "CatMouseDuel-v0", "--agent", $"cat=ppo:{policy}", "--agent", "mouse=teacher", "--episodes", "1"]);
        Assert.Equal(2, wrongSeat.ExitCode);
        Assert.Contains("trained as the mouse", Assert.Single(wrongSeat.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Self_play_trains_both_roles_writes_snapshots_and_the_contest_arena_rates_them()
    {
        string run = _folder["selfplay"];
        var result = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouseContest-v0", "--self-play", "--snapshot-every", "2", "--pool-size", "2", "--steps", "512", .. Tiny, "--out", run, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = CsvMetricsSink.Read(Path.Combine(run, "metrics.csv"));
        Assert.Contains(rows[^1].Values, v => v.Name == "return_cat" && double.IsFinite(v.Value));
        Assert.Contains(rows[^1].Values, v => v.Name == "return_mouse" && double.IsFinite(v.Value));
        string[] snapshots = [.. Directory.GetFiles(Path.Combine(run, "snapshots")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
        Assert.Equal(["cat-000000.ckpt", "cat-000002.ckpt", "mouse-000000.ckpt", "mouse-000002.ckpt"], snapshots);
        Assert.False(File.Exists(Path.Combine(run, "best.ckpt")));

        string cats = string.Join(",", $"ppo:{run}/snapshots/cat-000000.ckpt", $"ppo:{run}/snapshots/cat-000002.ckpt", $"ppo:{run}/cat.ckpt", "teacher");
        string mice = string.Join(",", $"ppo:{run}/snapshots/mouse-000002.ckpt", $"ppo:{run}/mouse.ckpt", "evader", "teacher");
        var arena = await Rlgym.RunAsync(["arena", "catmouse-contest", "--cats", cats, "--mice", mice, "--episodes", "20", "--json"]);
        Assert.True(arena.ExitCode == 0, arena.ToString());
        Assert.Contains("CatMouseContest-v0", arena.Out, StringComparison.Ordinal);

        var resumed = await Rlgym.RunAsync(["train", "ppo", "--resume", "--out", run, "--steps", "1024", "--json"]);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(1024, CsvMetricsSink.Read(Path.Combine(run, "metrics.csv"))[^1].Step);
        Assert.True(File.Exists(Path.Combine(run, "snapshots", "cat-000004.ckpt")));
        var asRole = await Rlgym.RunAsync(["train", "ppo", "--resume", "--out", run, "--role", "cat", "--steps", "2048"]);
        Assert.Equal(2, asRole.ExitCode);
        Assert.Single(asRole.ErrorLines);

        var single = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--self-play", "--steps", "128", .. Tiny, "--out", _folder["single"]]);
        Assert.Equal(2, single.ExitCode);
        Assert.Contains("single-agent", Assert.Single(single.ErrorLines), StringComparison.Ordinal);
        var both = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouseContest-v0", "--self-play", "--role", "cat", "--opponent", "teacher", "--out", _folder["both"]]);
        Assert.Equal(2, both.ExitCode);
        Assert.Single(both.ErrorLines);
    }

    [Fact]
    public async Task Init_starts_from_behaviour_cloning_and_a_demonstrator_that_does_not_fit_is_one_line()
    {
        string run = _folder["init"];
        double agreement;
        var result = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--init", "teacher", "--init-steps", "512", "--steps", "128", .. Tiny, "--out", run, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using (var json = JsonDocument.Parse(result.Out))
        {
            Assert.Equal("teacher", json.RootElement.GetProperty("init").GetString());
            Assert.InRange(json.RootElement.GetProperty("initAgreement").GetDouble(), 0.5, 1.0);
            agreement = json.RootElement.GetProperty("initAgreement").GetDouble();
        }

        // --init-epochs reaches the cloning: one pass instead of 50 leaves the actor elsewhere (same seed, same data).
        var brief = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--init", "teacher", "--init-steps", "512", "--init-epochs", "1", "--steps", "128", .. Tiny, "--out", _folder["init-short"], "--json"]);
        Assert.True(brief.ExitCode == 0, brief.ToString());
        using (var json = JsonDocument.Parse(brief.Out))
        {
            Assert.NotEqual(agreement, json.RootElement.GetProperty("initAgreement").GetDouble());
        }
        var epochsAlone = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--init-epochs", "5", "--steps", "128", .. Tiny, "--out", _folder["init-epochs-alone"]]);
        Assert.Equal(2, epochsAlone.ExitCode);
        Assert.Contains("--init-epochs", Assert.Single(epochsAlone.ErrorLines), StringComparison.Ordinal);
        var noEpochs = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--init", "teacher", "--init-epochs", "0", "--steps", "128", .. Tiny, "--out", _folder["init-epochs-zero"]]);
        Assert.Equal(2, noEpochs.ExitCode);
        Assert.Contains("--init-epochs", Assert.Single(noEpochs.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["init-epochs-zero"]) && Directory.EnumerateFileSystemEntries(_folder["init-epochs-zero"]).Any());

        string missing = _folder["missing"];
        var bad = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--init", $"lstm:{Path.Combine(missing, "none.ckpt")}", "--steps", "128", .. Tiny, "--out", missing]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Single(bad.ErrorLines);
        Assert.False(File.Exists(Path.Combine(missing, "policy.ckpt")));

        string otherWorld = _folder["other"];
        var wrongEnvironment = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--init", $"ppo:{Path.Combine(_folder["selfplay-none"], "x.ckpt")}", "--steps", "128", .. Tiny, "--out", otherWorld]);
        Assert.Equal(2, wrongEnvironment.ExitCode);
        Assert.Single(wrongEnvironment.ErrorLines);

        var resumed = await Rlgym.RunAsync(["train", "ppo", "--resume", "--out", run, "--init", "teacher"]);
        Assert.Equal(2, resumed.ExitCode);
        Assert.Contains("--init", Assert.Single(resumed.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_lstm_policy_trains_records_its_core_and_plays_as_ppo_path()
    {
        string run = _folder["lstm"];
        var result = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--lstm", "--steps", "256", .. Tiny, "--out", run, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using (var json = JsonDocument.Parse(result.Out))
        {
            Assert.Contains("LSTM", json.RootElement.GetProperty("policy").GetString(), StringComparison.Ordinal);
        }
        var played = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", $"ppo:{Path.Combine(run, "policy.ckpt")}", "--episodes", "3", "--json"]);
        Assert.True(played.ExitCode == 0, played.ToString());

        var split = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--lstm", "--envs", "6", "--minibatches", "4", "--rollout-length", "16", "--out", _folder["split"]]);
        Assert.Equal(2, split.ExitCode);
        Assert.Contains("--minibatches", Assert.Single(split.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_run_is_not_overwritten()
    {
        string run = _folder["twice"];
        var first = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--steps", "128", .. Tiny, "--out", run]);
        Assert.True(first.ExitCode == 0, first.ToString());
        byte[] before = File.ReadAllBytes(Path.Combine(run, "policy.ckpt"));

        var second = await Rlgym.RunAsync(["train", "ppo", "--env", "CatMouse-v0", "--steps", "128", .. Tiny, "--out", run]);

        Assert.Equal(2, second.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(run, "policy.ckpt")));
    }
}
