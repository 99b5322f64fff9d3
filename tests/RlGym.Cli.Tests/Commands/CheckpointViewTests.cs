using System.Text.Json;
using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Agents.Doom.Student;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary>A checkpointed agent plays in the environment view it was trained in, and an option that contradicts that view is refused.</summary>
public sealed class CheckpointViewTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_doom_student_plays_in_its_training_view_without_options()
    {
        string student = Student();

        var plain = await Rlgym.RunAsync(["run", "Doom/Basic-v0", "--agent", $"doom-student:{student}", "--episodes", "3", "--seed", "1000", "--json"]);
        var spelled = await Rlgym.RunAsync(["run", "Doom/Basic-v0", "--agent", $"doom-student:{student}", "--episodes", "3", "--seed", "1000", "--json",
            "--option", "resolution=80x60,screen_format=gray,frame_skip=4"]);

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(spelled.ExitCode == 0, spelled.ToString());
        using var a = JsonDocument.Parse(plain.Out);
        using var b = JsonDocument.Parse(spelled.Out);
        // Frame skip 4 holds each decision for four tics: the default view (skip 1) would take about four times the steps.
        Assert.Equal(b.RootElement.GetProperty("totalSteps").GetInt64(), a.RootElement.GetProperty("totalSteps").GetInt64());
        Assert.Equal(b.RootElement.GetProperty("meanReturn").GetDouble(), a.RootElement.GetProperty("meanReturn").GetDouble());
    }

    [Fact]
    public async Task An_option_that_contradicts_the_doom_students_training_view_is_refused_in_one_line()
    {
        string student = Student();

        var result = await Rlgym.RunAsync(["run", "Doom/Basic-v0", "--agent", $"doom-student:{student}", "--episodes", "1", "--option", "frame_skip=1"]);

        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains("Option 'frame_skip' is 1", line, StringComparison.Ordinal);
        Assert.Contains("frame_skip=4", line, StringComparison.Ordinal);
        Assert.Contains(student, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_brain_plays_on_the_grid_it_was_trained_on_and_another_grid_is_refused()
    {
        string path = _folder["brain8.ckpt"];
        using (var brain = new LstmBrain(BrainRole.Mouse, hidden: 8, seed: 1, width: 8, height: 8))
        {
            LstmBrainFile.Save(path, brain);
        }

        var plain = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", $"lstm:{path}", "--episodes", "5", "--seed", "0", "--json"]);
        var spelled = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", $"lstm:{path}", "--episodes", "5", "--seed", "0", "--json", "--option", "width=8,height=8"]);
        var other = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", $"lstm:{path}", "--episodes", "5", "--option", "width=6"]);

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(spelled.ExitCode == 0, spelled.ToString());
        using (var a = JsonDocument.Parse(plain.Out))
        using (var b = JsonDocument.Parse(spelled.Out))
        {
            Assert.Equal(b.RootElement.GetProperty("totalSteps").GetInt64(), a.RootElement.GetProperty("totalSteps").GetInt64());
            Assert.Equal(b.RootElement.GetProperty("meanReturn").GetDouble(), a.RootElement.GetProperty("meanReturn").GetDouble());
        }
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("Option 'width' is 6 but", Assert.Single(other.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("width=8", other.ErrorLines[0], StringComparison.Ordinal);
    }

    private string Student()
    {
        string path = _folder["student.ckpt"];
        using var student = new DoomStudent(new DoomStudentShape("Doom/Basic-v0", 4, 80, 60, 4, 4), seed: 3);
        DoomStudentFile.Save(path, student);
        return path;
    }
}
