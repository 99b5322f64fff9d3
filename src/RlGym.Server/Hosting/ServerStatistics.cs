namespace RlGym.Server.Hosting;

/// <summary>Counts the worlds open across every stream, and says when one closes.</summary>
internal sealed class ServerStatistics
{
    private int _open;

    /// <summary>Raised after a world is disposed (its stream ended, or it was destroyed).</summary>
    public event Action? Closed;

    /// <summary>The worlds open now.</summary>
    public int OpenWorlds => Volatile.Read(ref _open);

    /// <summary>Counts a world made.</summary>
    public void WorldOpened() => Interlocked.Increment(ref _open);

    /// <summary>Counts a world disposed.</summary>
    public void WorldClosed()
    {
        Interlocked.Decrement(ref _open);
        Closed?.Invoke();
    }
}
