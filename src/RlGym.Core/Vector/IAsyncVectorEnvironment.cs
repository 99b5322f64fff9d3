using RlGym.Core.Spaces;

namespace RlGym.Core.Vector;

/// <summary>
/// N copies of an environment that step independently (EnvPool's asynchronous API): <see cref="Send"/> hands actions
/// to some copies and returns at once; <see cref="Receive"/> waits for the first <see cref="BatchSize"/> copies to
/// finish, whichever they are, and says which they were. A fast copy can complete several steps while a slow one is
/// still stepping, so no copy waits for another (the lockstep <see cref="IVectorEnvironment{TObs,TAction}"/> waits
/// for the slowest every step). Start with <see cref="Reset"/>, whose results also come back through
/// <see cref="Receive"/>. Each copy's trajectory depends only on its own seed and actions, never on which copies
/// finished first. One caller thread at a time.
/// </summary>
/// <typeparam name="TObs">The observation type of one copy.</typeparam>
/// <typeparam name="TAction">The action type of one copy.</typeparam>
public interface IAsyncVectorEnvironment<TObs, TAction> : IDisposable
{
    /// <summary>How many copies; their ids are 0 to <c>Count - 1</c>.</summary>
    int Count { get; }

    /// <summary>How many results every <see cref="Receive"/> returns, fixed at creation (1 to <see cref="Count"/>).</summary>
    int BatchSize { get; }

    /// <summary>The observation space of one copy.</summary>
    ISpace<TObs> SingleObservationSpace { get; }

    /// <summary>The action space of one copy.</summary>
    ISpace<TAction> SingleActionSpace { get; }

    /// <summary>
    /// What happens when a copy finishes, per copy as in the lockstep vectors: with <see cref="AutoresetMode.NextStep"/>
    /// the copy's next send resets it (its action is ignored); with <see cref="AutoresetMode.SameStep"/> the finishing
    /// step resets at once and carries the episode's last observation and info in its info; with
    /// <see cref="AutoresetMode.Disabled"/> a finished copy must be reset with <see cref="Reset"/> before its next send.
    /// </summary>
    AutoresetMode Autoreset { get; }

    /// <summary>
    /// True when observations come as bytes (<see cref="AsyncVectorBatch{TObs}.ObservationBytes"/>), written by the
    /// copies' allocation-free step into buffers the vector owns.
    /// </summary>
    bool ObservationBytes { get; }

    /// <summary>How many copies are stepping or resetting, or finished and not yet received.</summary>
    int InFlight { get; }

    /// <summary>
    /// Starts resetting the copies <paramref name="envIds"/> (every copy when empty); copy i gets <c>seed + i</c> when a
    /// seed is given. Returns at once; each reset's observation comes back through <see cref="Receive"/> with reward 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When an id is not a copy's.</exception>
    /// <exception cref="ArgumentException">When an id is listed twice.</exception>
    /// <exception cref="InvalidOperationException">When a listed copy is in flight (receive its result first).</exception>
    void Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<int> envIds = default);

    /// <summary>
    /// Starts a step of copy <c>envIds[k]</c> with <c>actions[k]</c> for every k and returns at once. Nothing is sent
    /// when any argument is bad.
    /// </summary>
    /// <exception cref="ArgumentException">When the spans' lengths differ, or an id is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When an id is not a copy's.</exception>
    /// <exception cref="InvalidOperationException">
    /// When a copy is in flight, has never been reset, or (with autoreset disabled) has finished its episode.
    /// </exception>
    void Send(ReadOnlySpan<int> envIds, ReadOnlySpan<TAction> actions);

    /// <summary>
    /// Waits until <see cref="BatchSize"/> copies have finished what was sent to them and returns their results in the
    /// order they finished. The batch points into buffers the vector owns: it is valid until the next
    /// <see cref="Receive"/>. When a copy's step threw, that exception is rethrown here (the other results stay for the
    /// next call) and the copy is no longer in flight.
    /// </summary>
    /// <exception cref="InvalidOperationException">When fewer than <see cref="BatchSize"/> copies are in flight.</exception>
    AsyncVectorBatch<TObs> Receive();
}
