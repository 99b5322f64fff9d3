using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using RlGym.Agents.Doom.Student;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Spaces;
using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom.Agents;

/// <summary>
/// The agent <c>doom-student:PATH</c>: a <see cref="DoomStudent"/> loaded from a <c>doom-student</c> checkpoint, for
/// the scenario it was trained on with Discrete actions. The scenario is made in the student's training view
/// (<see cref="RequiredOptions"/>: <c>resolution=WxH, screen_format=gray, frame_skip=N</c> from the checkpoint's shape),
/// and an option that contradicts it is refused; an environment made otherwise (by code) still works, as the agent
/// area-averages any screen to its own grey frames, but plays far worse.
/// </summary>
internal sealed class DoomStudentAgentFactory : IAgentFactory
{
    public string Name => "doom-student";

    public string Description => "A pixels-only Doom student (TorchSharp CNN) from a guided-policy-search checkpoint (doom-student:PATH, from rlgym train doom-gps).";

    public EnvOptions RequiredOptions(string environmentId, string? argument)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            return EnvOptions.Empty;
        }
        var shape = DoomStudentFile.ReadShape(argument);
        return string.Equals(shape.ScenarioId, environmentId, StringComparison.Ordinal)
            ? EnvOptions.Of(("resolution", string.Create(CultureInfo.InvariantCulture, $"{shape.Width}x{shape.Height}")), ("screen_format", "gray"), ("frame_skip", shape.FrameSkip))
            : EnvOptions.Empty;
    }

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        agent = null;
        if (typeof(TObs) != typeof(IReadOnlyDictionary<string, object>) || typeof(TAction) != typeof(int) || !context.Environment.TryGetPrivileged<DoomState>(out var clock))
        {
            whyNot = "the Doom student plays Doom environments (a Dict observation with 'screen') with Discrete actions";
            return false;
        }
        if (context.Role is not null)
        {
            whyNot = $"the Doom student plays single-agent scenarios, not the role '{context.Role}'";
            return false;
        }
        if (context.ObservationSpace is not DictSpace dict || !dict.Spaces.Any(kv => kv.Key == DoomObservations.Screen)
            || dict[DoomObservations.Screen] is not Box<byte> { Shape: [int height, int width, int channels] } || channels is not (1 or 3))
        {
            whyNot = $"the Doom student needs a Dict observation whose '{DoomObservations.Screen}' is (height, width, 1 or 3) bytes, not {context.ObservationSpace}";
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
