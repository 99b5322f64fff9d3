namespace RlGym.Core.Spaces;

/// <summary>
/// The untyped view of a space: what tools that handle any environment (the checker, the CLI, the
/// invariant kit) need without knowing the element type.
/// </summary>
public interface ISpace
{
    /// <summary>The shape of one element, as Gymnasium reports it (empty for scalars and composites).</summary>
    IReadOnlyList<int> Shape { get; }

    /// <summary>The .NET type of an element of this space.</summary>
    Type ElementType { get; }

    /// <summary>Reseeds the space's own random number generator; composite spaces reseed their children with derived seeds.</summary>
    void Seed(ulong seed);

    /// <summary>True when <paramref name="value"/> is an element of this space (false for a value of another type).</summary>
    bool ContainsObject(object? value);

    /// <summary>A random element, boxed.</summary>
    object SampleObject();

    /// <summary>A textual form of one element, used in error messages and logs.</summary>
    string Format(object? value);

    /// <summary>True when two boxed elements are equal (element-wise for arrays, recursively for composites).</summary>
    bool ValuesEqualObject(object? a, object? b);

    /// <summary>A deep copy of a boxed element.</summary>
    object? CopyObject(object? value);
}

/// <summary>A set of values of type <typeparamref name="T"/>: observations or actions of an environment.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface ISpace<T> : ISpace
{
    /// <summary>True when <paramref name="value"/> is an element of this space.</summary>
    bool Contains(T value);

    /// <summary>A random element drawn from the space's own seeded generator.</summary>
    T Sample();

    /// <summary>True when two elements are equal (element-wise for arrays): the basis of determinism checks.</summary>
    bool ValuesEqual(T a, T b);

    /// <summary>A deep copy of <paramref name="value"/>, for callers that keep an element beyond the next step.</summary>
    T Copy(T value);
}
