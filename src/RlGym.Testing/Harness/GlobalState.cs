using System.Reflection;
using RlGym.Core;

namespace RlGym.Testing.Harness;

/// <summary>Finds an environment's global state (<see cref="IPrivileged{TState}"/> on it or on any layer under its wrappers).</summary>
internal static class GlobalState
{
    public static Func<object?>? Reader(object environment)
    {
        for (object? layer = environment; layer is not null; layer = (layer as IWrapper)?.InnerEnvironment)
        {
            var privileged = layer.GetType().GetInterfaces()
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPrivileged<>));
            if (privileged?.GetProperty(nameof(IPrivileged<object>.PrivilegedState)) is PropertyInfo property)
            {
                object found = layer;
                return () =>
                {
                    try
                    {
                        return property.GetValue(found);
                    }
                    catch (TargetInvocationException e) when (e.InnerException is not null)
                    {
                        throw e.InnerException;
                    }
                };
            }
        }
        return null;
    }
}
