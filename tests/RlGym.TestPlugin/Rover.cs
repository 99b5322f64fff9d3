using RlGym.Core.Random;
using RlGym.Core.Spaces;

namespace RlGym.TestPlugin;

/// <summary>
/// The shared rules of the rover environments, whose action is a Dict: <c>move</c> Discrete(4) (north, east, south,
/// west), <c>speed</c> Box(0, 2, [2]) (the step along x and along y), <c>lights</c> MultiBinary(2) and <c>arm</c>, a
/// nested Dict whose <c>joint</c> is MultiDiscrete([3, 5]). The observation is five floats: x and y (seeded start,
/// seeded noise on each move), the speeds' sum, the lights as 2 * first + second and the joint as 10 * first + second.
/// </summary>
internal sealed class Rover
{
    private static readonly (int X, int Y)[] Moves = [(0, 1), (1, 0), (0, -1), (-1, 0)];
    private readonly float[] _state = new float[5];

    public static DictSpace ActionSpace() => new(
        KeyValuePair.Create("move", (ISpace)new Discrete(4)),
        KeyValuePair.Create("speed", (ISpace)new Box<float>(0f, 2f, 2)),
        KeyValuePair.Create("lights", (ISpace)new MultiBinary(2)),
        KeyValuePair.Create("arm", (ISpace)new DictSpace(KeyValuePair.Create("joint", (ISpace)new MultiDiscrete([3, 5])))));

    public static Box<float> ObservationSpace() => new(-1000f, 1000f, 5);

    /// <summary>The Dict action that integer <paramref name="index"/> (0 to 59) stands for in the indexed twins.</summary>
    public static IReadOnlyDictionary<string, object> ActionOf(int index) => new Dictionary<string, object>(StringComparer.Ordinal)
    {
        ["move"] = index % 4,
        ["speed"] = new[] { index / 4 % 3 * 0.5f, index % 5 * 0.25f },
        ["lights"] = new[] { (byte)(index % 2), (byte)(index / 2 % 2) },
        ["arm"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["joint"] = new[] { index % 3, index % 5 } },
    };

    public float[] Reset(Rng rng)
    {
        Array.Clear(_state);
        _state[0] = rng.NextInt(10);
        _state[1] = rng.NextInt(10);
        return (float[])_state.Clone();
    }

    /// <summary>Moves; returns the observation and the reward (the first speed minus the second).</summary>
    public (float[] Observation, double Reward) Step(IReadOnlyDictionary<string, object> action, Rng rng)
    {
        var (dx, dy) = Moves[(int)action["move"]];
        var speed = (float[])action["speed"];
        var lights = (byte[])action["lights"];
        var joint = (int[])((IReadOnlyDictionary<string, object>)action["arm"])["joint"];
        _state[0] += dx * speed[0] + rng.NextSingle() * 0.1f;
        _state[1] += dy * speed[1] + rng.NextSingle() * 0.1f;
        _state[2] = speed[0] + speed[1];
        _state[3] = lights[0] * 2 + lights[1];
        _state[4] = joint[0] * 10 + joint[1];
        return ((float[])_state.Clone(), speed[0] - speed[1]);
    }
}
