using RlGym.Core.Random;

namespace RlGym.Core.Spaces;

/// <summary>
/// Base class of spaces: owns the space's <see cref="Rng"/> and implements the untyped members once.
/// Derive from it to describe a new kind of observation or action.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public abstract class Space<T> : ISpace<T>
{
    private static readonly int[] ScalarShape = [];

    /// <summary>Creates a space whose generator is seeded from entropy until <see cref="Seed"/> is called.</summary>
    protected Space() => Rng = new Rng();

    /// <summary>The space's own generator, used by <see cref="Sample"/>.</summary>
    protected Rng Rng { get; }

    /// <inheritdoc />
    public virtual IReadOnlyList<int> Shape => ScalarShape;

    /// <inheritdoc />
    public Type ElementType => typeof(T);

    /// <inheritdoc />
    public virtual void Seed(ulong seed) => Rng.Reseed(seed);

    /// <inheritdoc />
    public abstract bool Contains(T value);

    /// <inheritdoc />
    public abstract T Sample();

    /// <inheritdoc />
    public virtual bool ValuesEqual(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);

    /// <inheritdoc />
    public virtual T Copy(T value) => value;

    /// <inheritdoc />
    public bool ContainsObject(object? value) => value is T typed && Contains(typed);

    /// <inheritdoc />
    public object SampleObject() => Sample()!;

    /// <inheritdoc />
    public string Format(object? value) => value is T typed ? FormatValue(typed) : value?.ToString() ?? "null";

    /// <inheritdoc />
    public bool ValuesEqualObject(object? a, object? b) =>
        a is T ta && b is T tb ? ValuesEqual(ta, tb) : a is null && b is null;

    /// <inheritdoc />
    public object? CopyObject(object? value) => value is T typed ? Copy(typed) : value;

    /// <summary>A textual form of one element; arrays print their items.</summary>
    protected virtual string FormatValue(T value) => value?.ToString() ?? "null";
}
