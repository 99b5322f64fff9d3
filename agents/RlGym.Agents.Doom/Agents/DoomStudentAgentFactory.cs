using System.Diagnostics.CodeAnalysis;
using RlGym.Agents.Doom.Student;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Spaces;
using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom.Agents;

/// <summary>
/// The agent <c>doom-student:PATH</c>: a <see cref="DoomStudent"/> loaded from a <c>doom-student</c> checkpoint, for
/// the scenario it was trained on with Discrete actions. Any screen size and format works (the agent area-averages to
/// its own grey frames), but the student plays far better in its exact training view:
/// <c>--option resolution=WxH,screen_format=gray,frame_skip=N</c> as the checkpoint's shape says.
/// </summary>
internal sealed class DoomStudentAgentFactory : IAgentFactory
{
    public string Name => "doom-student";

    public string Description => "A pixels-only Doom student (TorchSharp CNN) from a guided-policy-search checkpoint (doom-student:PATH, from rlgym train doom-gps).";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        agent = null;
        if (typeof(TObs) != typeof(byte[]) || typeof(TAction) != typeof(int) || !context.Environment.TryGetPrivileged<DoomState>(out var clock))
        {
            whyNot = "the Doom student plays Doom environments with pixel observations and Discrete actions";
            return false;
        }
        if (context.Role is not null)
        {
            whyNot = $"the Doom student plays single-agent scenarios, not the role '{context.Role}'";
            return false;
        }
        if (context.ObservationSpace is not Box<byte> { Shape: [int height, int width, int channels] } || channels is not (1 or 3))
        {
            whyNot = $"the Doom student needs (height, width, 1 or 3) byte observations, not {context.ObservationSpace}";
            return false;
        }
        if (string.IsNullOrWhiteSpace(context.Argument))
        {
            throw new UserInputException($"The {Name} agent needs a checkpoint: write '{Name}:PATH' (for example {Name}:runs/doom-gps-basic/student.ckpt).");
        }
        string path = context.Argument;
        var student = DoomStudentFile.Load(path);
        try
        {
            var shape = student.Shape;
            string scenario = clock.PrivilegedState.Scenario.Id;
            if (!string.Equals(scenario, shape.ScenarioId, StringComparison.Ordinal))
            {
                throw new UserInputException($"Checkpoint '{path}' holds a student of {shape.ScenarioId}; it cannot play {scenario}.");
            }
            if (context.ActionSpace is not Discrete { Start: 0 } discrete || discrete.N != shape.Actions)
            {
                throw new UserInputException(
                    $"Checkpoint '{path}' holds a student with {shape.Actions} actions, but {scenario} here has the action space {context.ActionSpace}; use the default max_buttons_pressed=1.");
            }
            var resampler = new FrameResampler(height, width, channels, shape.Height, shape.Width);
            agent = (IAgent<TObs, TAction>)(object)new DoomStudentAgent($"{Name}:{path}", student, clock, resampler);
        }
        catch
        {
            student.Dispose();
            throw;
        }
        whyNot = null;
        return true;
    }
}
