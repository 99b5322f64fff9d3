using System.Diagnostics.CodeAnalysis;

namespace RlGym.Core;

/// <summary>
/// Helpers over any environment, wrapped or not: single-agent, parallel, turn-based and vector environments and their
/// wrappers are all <see cref="IDisposable"/>, the one interface they share, so these extend that (not every object).
/// </summary>
public static class EnvironmentExtensions
{
    /// <summary>The innermost environment under any wrappers.</summary>
    public static IDisposable Unwrapped(this IDisposable environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        while (environment is IWrapper wrapper)
        {
            environment = wrapper.InnerEnvironment;
        }
        return environment;
    }

    /// <summary>Finds the first layer (outermost first) of type <typeparamref name="T"/>.</summary>
    public static bool TryFind<T>(this IDisposable environment, [NotNullWhen(true)] out T? found)
        where T : class
    {
        for (IDisposable? current = environment; current is not null; current = (current as IWrapper)?.InnerEnvironment)
        {
            if (current is T match)
            {
                found = match;
                return true;
            }
        }
        found = null;
        return false;
    }

    /// <summary>The privileged state source of an environment, looking through wrappers.</summary>
    public static bool TryGetPrivileged<TState>(this IDisposable environment, [NotNullWhen(true)] out IPrivileged<TState>? privileged) =>
        environment.TryFind(out privileged);

    /// <summary>
    /// The allocation-free path of <paramref name="environment"/> (<see cref="IBufferedStep{TAction}"/>), when it and
    /// every wrapper around it support it; false otherwise (use plain <c>Step</c>).
    /// </summary>
    public static bool TryGetBufferedStep<TAction>(this IDisposable environment, [NotNullWhen(true)] out IBufferedStep<TAction>? buffered)
    {
        buffered = environment as IBufferedStep<TAction>;
        if (buffered is { CanStepInto: true })
        {
            return true;
        }
        buffered = null;
        return false;
    }
}
