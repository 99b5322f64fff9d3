namespace RlGym.Agents.CatMouse.Imitation;

/// <summary>Which generator draws initial weights and start cells in imitation training.</summary>
public enum StartCellSource
{
    /// <summary>RlGym's own <see cref="RlGym.Core.Random.Rng"/> (xoshiro256**), as every environment uses.</summary>
    Rng = 0,

    /// <summary>
    /// NumPy's legacy generator (<see cref="RlGym.Core.Random.NumpyRandomState"/>) drawn in the seed's order, so that a run
    /// can be compared with the seed's Python script seed for seed.
    /// </summary>
    Numpy = 1,
}
