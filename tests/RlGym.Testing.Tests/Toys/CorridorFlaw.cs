namespace RlGym.Testing.Tests.Toys;

/// <summary>One deliberate bug each, so a test can assert the kit reports exactly that invariant.</summary>
public enum CorridorFlaw
{
    None,

    /// <summary>After three action-0 steps in a row (counted across episodes) the position leaves [0, 1].</summary>
    ObservationLeavesSpaceAfterThreeZeros,

    /// <summary>Reset ignores its seed and draws the start from entropy.</summary>
    IgnoresResetSeed,

    /// <summary>An unseeded reset reseeds from entropy instead of continuing the stream.</summary>
    ReseedsOnUnseededReset,

    /// <summary>Step before Reset runs from a default state.</summary>
    NoErrorBeforeReset,

    /// <summary>Step after the episode ended keeps going.</summary>
    NoErrorAfterEnd,

    /// <summary>Actions outside the space are clamped into it silently.</summary>
    AcceptsInvalidActions,

    /// <summary>Actions outside the space throw an ArgumentException that names neither the action nor the space.</summary>
    VagueInvalidActionError,

    /// <summary>Pushing right against the right wall gives a NaN reward.</summary>
    NaNRewardAtRightWall,

    /// <summary>Render draws from the environment's generator (a "flicker"), changing later slips.</summary>
    RenderAdvancesGenerator,

    /// <summary>Render returns a picture in Ansi mode.</summary>
    RenderWrongType,

    /// <summary>The second Dispose throws.</summary>
    DisposeThrowsTwice,

    /// <summary>Reset's info carries a value drawn from entropy (same keys every time, different values).</summary>
    InfoValueFromEntropy,

    /// <summary>Every episode starts at the same place whatever the seed.</summary>
    FixedStart,

    /// <summary>ObservationSpace builds a new Box on every call.</summary>
    FreshObservationSpaceEachCall,
}
