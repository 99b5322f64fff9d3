namespace RlGym.Core.Random;

/// <summary>The 256-bit state of an <see cref="Rng"/>: equal states produce equal streams.</summary>
/// <param name="S0">First state word.</param>
/// <param name="S1">Second state word.</param>
/// <param name="S2">Third state word.</param>
/// <param name="S3">Fourth state word.</param>
public readonly record struct RngState(ulong S0, ulong S1, ulong S2, ulong S3);
