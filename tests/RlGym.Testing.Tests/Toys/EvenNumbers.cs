using RlGym.Core.Spaces;

namespace RlGym.Testing.Tests.Toys;

/// <summary>A space type the kit does not know: the even numbers from 0 to 10.</summary>
public sealed class EvenNumbers : Space<int>
{
    public override bool Contains(int value) => value is >= 0 and <= 10 && value % 2 == 0;

    public override int Sample() => 2 * Rng.NextInt(6);

    public override string ToString() => "EvenNumbers(0..10)";
}
