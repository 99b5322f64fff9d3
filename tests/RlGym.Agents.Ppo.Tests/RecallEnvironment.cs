using System.Collections.Concurrent;
using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Tests;

/// <summary>
/// Partially observed test worlds for the LSTM core over encoders: the first observation of an episode shows a random
/// side (0 to 3), later ones do not; every step pays +1 for the action equal to the side. Episodes of an even side end
/// (terminated) after 3 steps, those of an odd side are cut (truncated) after 4, so both kinds of boundary occur.
/// <list type="bullet">
/// <item><c>Test/RecallImage-v0</c>: a 12 x 12 grey picture, the side's quarter bright on the first step, dark later (a CNN).</item>
/// <item><c>Test/RecallNetHack-v0</c>: NetHack's <c>chars</c> and <c>blstats</c>, the side a letter beside the hero on the first step (tokens and a flat part).</item>
/// <item><c>Test/RecallMixed-v0</c>: a Dict of the picture and a flat clock (a CNN and a flat part).</item>
/// </list>
/// Every action taken in an episode reset with a seed is written to the log given at registration, by (seed, step).
/// </summary>
internal sealed class RecallEnvironment<TObs> : IEnvironment<TObs, int>
{
    public const string ImageId = "Test/RecallImage-v0";
    public const string NetHackId = "Test/RecallNetHack-v0";
    public const string MixedId = "Test/RecallMixed-v0";

    private const int Rows = 21, Columns = 79, HeroX = 10, HeroY = 5;

    private readonly Func<int, int, TObs> _observe;
    private readonly ConcurrentDictionary<(ulong Seed, int Step), int>? _log;
    private readonly Rng _rng = new(0);
    private ulong? _episodeSeed;
    private int _side, _step;

    private RecallEnvironment(ISpace<TObs> space, Func<int, int, TObs> observe, ConcurrentDictionary<(ulong, int), int>? log)
    {
        ObservationSpace = space;
        _observe = observe;
        _log = log;
    }

    /// <summary>Registers the three worlds; <paramref name="log"/> (optional) receives every seeded episode's actions.</summary>
    public static void Register(EnvRegistry registry, ConcurrentDictionary<(ulong, int), int>? log = null)
    {
        var image = new Box<byte>(0, 255, 12, 12, 1);
        registry.Register<byte[], int>(new EnvSpec(ImageId) { MaxEpisodeSteps = 4 }, _ => new RecallEnvironment<byte[]>(image, Picture, log));
        var nethack = new DictSpace(
            KeyValuePair.Create("chars", (ISpace)new Box<byte>(0, 255, Rows, Columns)),
            KeyValuePair.Create("blstats", (ISpace)new Box<long>(int.MinValue, int.MaxValue, 27)));
        registry.Register<IReadOnlyDictionary<string, object>, int>(new EnvSpec(NetHackId) { MaxEpisodeSteps = 4 }, _ => new RecallEnvironment<IReadOnlyDictionary<string, object>>(nethack, NetHack, log));
        var mixed = new DictSpace(
            KeyValuePair.Create("screen", (ISpace)image),
            KeyValuePair.Create("clock", (ISpace)new Box<float>(0f, 1f, 2)));
        registry.Register<IReadOnlyDictionary<string, object>, int>(new EnvSpec(MixedId) { MaxEpisodeSteps = 4 }, _ => new RecallEnvironment<IReadOnlyDictionary<string, object>>(mixed, Mixed, log));
    }

    public EnvSpec? Spec => null;

    public ISpace<TObs> ObservationSpace { get; }

    public ISpace<int> ActionSpace { get; } = new Discrete(4);

    public RenderMode RenderMode => RenderMode.None;

    public ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _episodeSeed = seed;
        _side = _rng.NextInt(4);
        _step = 0;
        return new ResetResult<TObs>(_observe(_side, _step), Info.Empty);
    }

    public StepResult<TObs> Step(int action)
    {
        if (_episodeSeed is ulong seed)
        {
            _log?.TryAdd((seed, _step), action);
        }
        double reward = action == _side ? 1 : 0;
        _step++;
        bool terminated = _side % 2 == 0 && _step == 3;
        return new StepResult<TObs>(_observe(_side, _step), reward, terminated, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }

    private static byte[] Picture(int side, int step)
    {
        var image = new byte[12 * 12];
        if (step > 0)
        {
            return image;
        }
        int top = side / 2 * 6, left = side % 2 * 6;
        for (int y = top; y < top + 6; y++)
        {
            for (int x = left; x < left + 6; x++)
            {
                image[y * 12 + x] = 255;
            }
        }
        return image;
    }

    private static IReadOnlyDictionary<string, object> NetHack(int side, int step)
    {
        var chars = new byte[Rows * Columns];
        Array.Fill(chars, (byte)' ');
        chars[HeroY * Columns + HeroX] = (byte)'@';
        chars[HeroY * Columns + HeroX + 1] = step == 0 ? (byte)('a' + side) : (byte)'.';
        var blstats = new long[27];
        blstats[0] = HeroX;
        blstats[1] = HeroY;
        blstats[9] = step;
        return new Dictionary<string, object> { ["chars"] = chars, ["blstats"] = blstats };
    }

    private static IReadOnlyDictionary<string, object> Mixed(int side, int step) =>
        new Dictionary<string, object> { ["screen"] = Picture(side, step), ["clock"] = new[] { step / 4f, 1f } };
}
