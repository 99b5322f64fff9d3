using System.Globalization;
using RlGym.Core;

namespace RlGym.Agents.Doom.Student;

/// <summary>
/// What a Doom student sees and does: the scenario it was trained on, its number of Discrete actions, the grey frame it
/// looks at (<see cref="Width"/> x <see cref="Height"/>, the environment's own <c>resolution</c> and
/// <c>screen_format=gray</c>), how many of the latest frames it stacks, and the tics each decision lasts
/// (<c>frame_skip</c>).
/// </summary>
/// <param name="ScenarioId">The environment id, such as <c>Doom/Basic-v0</c>.</param>
/// <param name="Actions">The size of the Discrete action space.</param>
/// <param name="Width">Frame width in pixels.</param>
/// <param name="Height">Frame height in pixels.</param>
/// <param name="Stack">Frames stacked into one input, newest last.</param>
/// <param name="FrameSkip">Tics a decision is held for.</param>
public sealed record DoomStudentShape(string ScenarioId, int Actions, int Width, int Height, int Stack, int FrameSkip)
{
    /// <summary>The smallest frame side the network takes (its first two convolutions need this much).</summary>
    public const int MinSide = 36;

    /// <summary>The largest frame side the network takes.</summary>
    public const int MaxSide = 320;

    /// <summary>The most frames a student stacks.</summary>
    public const int MaxStack = 8;

    /// <summary>Bytes in one grey frame.</summary>
    public int FrameSize => Width * Height;

    /// <summary>Bytes in one stacked input.</summary>
    public int InputSize => FrameSize * Stack;

    /// <summary>The environment options that make observations and decisions exactly of this shape.</summary>
    public EnvOptions EnvironmentOptions() => EnvOptions.Of(
        ("resolution", string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}")),
        ("screen_format", "gray"),
        ("frame_skip", FrameSkip));

    /// <summary>Checks every field.</summary>
    /// <exception cref="ArgumentException">When a field is out of range; the message names it and the range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ScenarioId))
        {
            throw new ArgumentException("A Doom student needs a scenario id, such as Doom/Basic-v0.", nameof(ScenarioId));
        }
        Require(Actions, 2, 256, nameof(Actions));
        Require(Width, MinSide, MaxSide, nameof(Width));
        Require(Height, MinSide, MaxSide, nameof(Height));
        Require(Stack, 1, MaxStack, nameof(Stack));
        Require(FrameSkip, 1, 64, nameof(FrameSkip));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ScenarioId}, {Actions} actions, {Width}x{Height} grey x {Stack} frames, frame_skip {FrameSkip}");

    private static void Require(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentException($"Doom student {name} is {value}; expected {min} to {max}.", name);
        }
    }
}
