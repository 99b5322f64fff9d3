using RlGym.Envs.NetHack.Game;
using RlGym.Envs.NetHack.Native;
using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tests.Game;

/// <summary>The process bridge on the real game: exact key waits, reproducible games, private playgrounds, clean ends.</summary>
[Collection(ProcessCollection.Name)]
public sealed class GameSessionTests
{
    private const int SigStop = 19;

    private static readonly byte[] Walk = "hjklyubnhjklyubnsss"u8.ToArray();

    [Fact]
    public void TheFirstKeyWaitShowsTheWholeFirstScreen()
    {
        using var session = Sessions.Create();
        session.Start(seed: 1, recordPath: null);
        Assert.True(session.Running);
        Assert.Contains("welcome to NetHack!", session.Screen.RowText(0), StringComparison.Ordinal);
        Assert.StartsWith("Agent the ", session.Screen.RowText(22), StringComparison.Ordinal);
        Assert.StartsWith("Dlvl:1 ", session.Screen.RowText(23), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryKeyWaitHasTheScreenUpToDate()
    {
        // Were output read short of the key wait, the cursor would often be left elsewhere than on the hero.
        using var session = Sessions.Create();
        session.Start(seed: 2, recordPath: null);
        int commands = 0;
        for (int i = 0; i < 300 && session.Running; i++)
        {
            session.Send(Walk[i % Walk.Length]);
            var screen = session.Screen;
            var mode = ScreenReader.Classify(screen);
            if (mode == InputMode.More)
            {
                session.Send((byte)' ');
                continue;
            }
            if (mode == InputMode.Command)
            {
                commands++;
                Assert.Equal((byte)'@', screen.At(screen.CursorRow, screen.CursorColumn));
            }
        }
        Assert.True(commands > 100, $"only {commands} command waits");
    }

    [Fact]
    public void TheSameSeedAndKeysGiveTheSameScreens()
    {
        using var a = Sessions.Create();
        using var b = Sessions.Create();
        using var c = Sessions.Create();
        a.Start(seed: 77, recordPath: null);
        b.Start(seed: 77, recordPath: null);
        c.Start(seed: 78, recordPath: null);
        Assert.NotEqual(a.Screen.ToString(), c.Screen.ToString());
        for (int i = 0; i < 150; i++)
        {
            Assert.Equal(a.Screen.ToString(), b.Screen.ToString());
            Assert.Equal(a.Screen.Colors, b.Screen.Colors);
            a.Send(Walk[i % Walk.Length]);
            b.Send(Walk[i % Walk.Length]);
        }
    }

    [Fact]
    public void GamesRunSideBySideInPrivatePlaygrounds()
    {
        var sessions = Enumerable.Range(0, 4).Select(_ => Sessions.Create()).ToList();
        try
        {
            Parallel.ForEach(sessions, (session, _, i) =>
            {
                session.Start(seed: 10 + (ulong)i, recordPath: null);
                for (int k = 0; k < 50; k++)
                {
                    session.Send(Walk[k % Walk.Length]);
                }
            });
            Assert.Equal(4, sessions.Select(s => s.PlaygroundPath).Distinct().Count());
            Assert.All(sessions, s => Assert.True(File.Exists(Path.Combine(s.PlaygroundPath, "perm"))));
            Assert.All(sessions, s => Assert.True(s.Running));
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void PlaygroundsAreKeptInMemoryWhenDevShmIsThere()
    {
        using var session = Sessions.Create();
        session.Start(seed: 6, recordPath: null);
        string expected = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.TrimEndingDirectorySeparator(Path.GetTempPath());
        Assert.Equal(expected, Path.TrimEndingDirectorySeparator(Playground.Root));
        Assert.Equal(expected, Path.GetDirectoryName(session.PlaygroundPath));
        Assert.Contains(session.PlaygroundPath, Sessions.Playgrounds());
    }

    [Fact]
    public void DisposeLeavesNoProcessAndNoDirectory()
    {
        var session = Sessions.Create();
        session.Start(seed: 3, recordPath: null);
        int pid = session.Pid;
        string playground = session.PlaygroundPath;
        Assert.True(Sessions.Exists(pid));
        session.Dispose();
        Assert.False(Sessions.Exists(pid));
        Assert.False(Directory.Exists(playground));
    }

    [Fact]
    public void AGameWhoseDriverDiesDeletesItsPlaygroundAndExits()
    {
        using var session = Sessions.Create();
        session.Start(seed: 4, recordPath: null);
        string playground = session.PlaygroundPath;
        var end = session.Abandon();
        Assert.NotNull(end);
        Assert.False(end.Value.Killed, end.Value.Description);
        Assert.False(Directory.Exists(playground));
    }

    [Fact]
    public void AGameThatStopsAnsweringIsKilledAfterItsHangLimit()
    {
        using var session = Sessions.Create();
        session.HangMilliseconds = 1_500;
        session.Start(seed: 7, recordPath: null);
        int pid = session.Pid;
        Assert.Equal(0, LibC.Kill(pid, SigStop));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(session.Send((byte)'s'));
        Assert.InRange(clock.ElapsedMilliseconds, 1_400, 30_000);
        var end = session.End;
        Assert.NotNull(end);
        Assert.True(end.Value.Killed);
        Assert.Contains("did not ask for a key within 1.5 s", end.Value.Description, StringComparison.Ordinal);
        Assert.False(Sessions.Exists(pid));
    }

    [Fact]
    public void StartingAgainEndsTheRunningGameAndClearsItsLeftovers()
    {
        using var session = Sessions.Create();
        session.Start(seed: 5, recordPath: null);
        int first = session.Pid;
        session.Start(seed: 5, recordPath: null);
        Assert.NotEqual(first, session.Pid);
        Assert.False(Sessions.Exists(first));
        Assert.True(session.Running);
        Assert.Contains("welcome to NetHack!", session.Screen.RowText(0), StringComparison.Ordinal);
    }
}
