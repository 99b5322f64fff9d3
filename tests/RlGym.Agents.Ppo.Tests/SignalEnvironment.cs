using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Tests;

/// <summary>
/// Test worlds for the learner, one step of signal per decision: each step shows a random side (0 to 3) and pays +1 for
/// the action equal to it, 0 otherwise; episodes are cut (truncated) after 8 steps.
/// <list type="bullet">
/// <item><c>Test/SignalImage-v0</c>: the side as a 12 x 12 grey picture (a bright quarter), Box(0, 255, (12, 12, 1), uint8): the CNN path.</item>
/// <item><c>Test/SignalMasked-v0</c>: a Dict of the side one-hot (float) and an <c>action_mask</c> that forbids action 0 always;
/// the side is never 0, so a policy that honours the mask loses nothing.</item>
/// <item><c>Test/SignalLoud-v0</c>: the picture world paying +100 instead of +1, for reward normalisation.</item>
/// </list>
/// </summary>
internal sealed class SignalEnvironment<TObs> : IEnvironment<TObs, int>
{
    private readonly Func<int, TObs> _observe;
    private readonly Rng _rng = new(0);
    private readonly bool _masked;
    private readonly double _pay;
    private int _side;

    private SignalEnvironment(ISpace<TObs> space, Func<int, TObs> observe, bool masked, double pay = 1)
    {
        ObservationSpace = space;
        _observe = observe;
        _masked = masked;
        _pay = pay;
    }

    public const string ImageId = "Test/SignalImage-v0";
    public const string MaskedId = "Test/SignalMasked-v0";
    public const string LoudId = "Test/SignalLoud-v0";

    public static void Register(EnvRegistry registry)
    {
        registry.Register<byte[], int>(new EnvSpec(ImageId) { MaxEpisodeSteps = 8 }, _ => new SignalEnvironment<byte[]>(new Box<byte>(0, 255, 12, 12, 1), Picture, false));
        registry.Register<byte[], int>(new EnvSpec(LoudId) { MaxEpisodeSteps = 8 }, _ => new SignalEnvironment<byte[]>(new Box<byte>(0, 255, 12, 12, 1), Picture, false, 100));
        var dict = new DictSpace(
            KeyValuePair.Create("side", (ISpace)new Box<float>(0f, 1f, 4)),
            KeyValuePair.Create("action_mask", (ISpace)new MultiBinary(4)));
        registry.Register<IReadOnlyDictionary<string, object>, int>(new EnvSpec(MaskedId) { MaxEpisodeSteps = 8 }, _ => new SignalEnvironment<IReadOnlyDictionary<string, object>>(dict, Masked, true));
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
        Draw();
        return new ResetResult<TObs>(_observe(_side), Info.Empty);
    }

    public StepResult<TObs> Step(int action)
    {
        if (_masked && action == 0)
        {
            throw new InvalidOperationException("Action 0 is masked out.");
        }
        double reward = action == _side ? _pay : 0;
        Draw();
        return new StepResult<TObs>(_observe(_side), reward, false, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }

    private void Draw() => _side = _masked ? 1 + _rng.NextInt(3) : _rng.NextInt(4);

    private static byte[] Picture(int side)
    {
        var image = new byte[12 * 12];
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

    private static IReadOnlyDictionary<string, object> Masked(int side)
    {
        var oneHot = new float[4];
        oneHot[side] = 1f;
        return new Dictionary<string, object> { ["side"] = oneHot, ["action_mask"] = new byte[] { 0, 1, 1, 1 } };
    }
}
