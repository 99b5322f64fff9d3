using RlGym.Core;
using RlGym.Envs.NetHack.Screen;
using RlGym.Envs.NetHack.Tests.Screen;

namespace RlGym.Envs.NetHack.Tests.Environment;

public sealed class RecordingTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"rlgym-nethack-test-records-{Guid.NewGuid():N}");

    [Fact]
    public void EachEpisodeIsATtyrecFileThatReplaysToTheLastScreen()
    {
        var observation = Play(seed: 21, steps: 60, episodes: 2);
        var files = Directory.GetFiles(_dir, "*.ttyrec").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.StartsWith("NetHackScore-v0-", Path.GetFileName(f), StringComparison.Ordinal));
        var frames = TtyrecReader.Read(files[^1]);
        Assert.InRange(frames.Count, 2, 62); // the first screen, what reset answered, one frame a step
        using var terminal = new VirtualTerminal();
        foreach (var frame in frames)
        {
            terminal.Write(frame.Bytes);
        }
        var screen = new ScreenBuffer();
        terminal.Read(screen);
        Assert.Equal((byte[])observation[NetHackObservation.TtyChars], screen.Chars);
    }

    [Fact]
    public void TheSameSeedAndActionsRecordTheSameBytes()
    {
        Play(seed: 22, steps: 40, episodes: 1);
        Play(seed: 22, steps: 40, episodes: 1);
        var files = Directory.GetFiles(_dir, "*.ttyrec");
        Assert.Equal(2, files.Length);
        Assert.Equal(File.ReadAllBytes(files[0]), File.ReadAllBytes(files[1]));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private IReadOnlyDictionary<string, object> Play(ulong seed, int steps, int episodes)
    {
        using var env = TestKit.Make("NetHackScore-v0", EnvOptions.Of(("record_dir", _dir)));
        IReadOnlyDictionary<string, object> last = env.Reset(seed: seed).Observation;
        var actions = new RlGym.Core.Random.Rng(seed);
        for (int episode = 0; episode < episodes; episode++)
        {
            if (episode > 0)
            {
                last = env.Reset().Observation;
            }
            for (int i = 0; i < steps; i++)
            {
                var result = env.Step(actions.NextInt(NetHackActions.Task.Count));
                last = result.Observation;
                if (result.IsDone)
                {
                    break;
                }
            }
        }
        return last;
    }
}
