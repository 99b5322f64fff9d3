using RlGym.Envs.NetHack.Game;

namespace RlGym.Envs.NetHack.Tests.Game;

[Collection(ProcessCollection.Name)]
public sealed class PlaygroundTests
{
    [Fact]
    public void PlaygroundsOfProcessesThatDiedAreSweptAndOthersAreLeftAlone()
    {
        // 99,999,999 is above Linux's largest process id: no such process runs.
        string dead = Path.Combine(Playground.Root, $"rlgym-nethack-99999999-1-{Guid.NewGuid():N}");
        string unmarked = Path.Combine(Playground.Root, $"rlgym-nethack-99999999-2-{Guid.NewGuid():N}");
        string mine = Path.Combine(Playground.Root, $"rlgym-nethack-{System.Environment.ProcessId}-0-{Guid.NewGuid():N}");
        try
        {
            foreach (string dir in new[] { dead, unmarked, mine })
            {
                Directory.CreateDirectory(dir);
            }
            File.WriteAllText(Path.Combine(dead, Playground.Marker), "");
            File.WriteAllText(Path.Combine(mine, Playground.Marker), "");
            Playground.SweepDeadProcesses();
            Assert.False(Directory.Exists(dead));
            Assert.True(Directory.Exists(unmarked)); // not ours: no marker
            Assert.True(Directory.Exists(mine));     // this process runs
        }
        finally
        {
            foreach (string dir in new[] { dead, unmarked, mine })
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        }
    }
}
