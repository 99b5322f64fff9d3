using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RlGym.Cluster.Tests.Fixtures;

/// <summary>
/// A child process whose output lines are kept and can be awaited (the tests synchronise on what a process prints,
/// never on time); killed with its children when disposed.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = [];
    private readonly Lock _gate = new();

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Heard(e.Data);
        _process.ErrorDataReceived += (_, e) => Heard(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IEnumerable<string> Lines => _lines;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <paramref name="file"/> with <paramref name="args"/>, logs of rlgym in <paramref name="state"/>.</summary>
    public static ChildProcess Start(string file, string state, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["XDG_STATE_HOME"] = state;
        return new ChildProcess(Process.Start(start)!);
    }

    /// <summary>Starts the built rlgym.</summary>
    public static ChildProcess Rlgym(string state, params string[] args) =>
        Start("dotnet", state, [BuildPath("RlGymCliAssembly"), .. args]);

    /// <summary>Completes with the first line (already printed or to come) that <paramref name="match"/> accepts; fails if the process exits first or the guard expires.</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan guard)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return Task.FromResult(line);
            }
            _waiters.Add((match, seen));
        }
        return Guarded(seen.Task, guard);
    }

    public async Task<int> WaitForExitAsync(TimeSpan guard)
    {
        await _process.WaitForExitAsync().WaitAsync(guard);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the process and its children at once (as a crash would).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        _process.Dispose();
    }

    /// <summary>A TCP port on loopback that nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<string> Guarded(Task<string> seen, TimeSpan guard)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(seen, exited).WaitAsync(guard);
        if (first == seen)
        {
            return await seen;
        }
        _process.WaitForExit();
        lock (_gate)
        {
            if (_lines.FirstOrDefault(l => _waiters.Any(w => w.Seen.Task == seen && w.Match(l))) is { } line)
            {
                return line;
            }
        }
        throw new InvalidOperationException($"The process exited ({_process.ExitCode}) before printing the awaited line; it printed:{Environment.NewLine}{string.Join(Environment.NewLine, _lines)}");
    }

    private void Heard(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_gate)
        {
            _lines.Enqueue(line);
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                waiter.Seen.TrySetResult(line);
                _waiters.Remove(waiter);
            }
        }
    }

    private static string BuildPath(string key) =>
        typeof(ChildProcess).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
