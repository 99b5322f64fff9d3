namespace RlGym.Testing.Tests.Toys;

/// <summary>One deliberate bug each in the parallel toy environment.</summary>
public enum RelayFlaw
{
    None,

    /// <summary>Two steps after the first runner finishes, it is put back into Agents.</summary>
    RevivesFinishedRunner,

    /// <summary>ObservationSpace(agent) builds a new Box on every call.</summary>
    FreshSpaceEachCall,

    /// <summary>The rewards dictionary leaves out runners that finished this step.</summary>
    OmitsRewardOfFinisher,

    /// <summary>Reset ignores its seed.</summary>
    IgnoresResetSeed,

    /// <summary>Actions for agents that do not exist are ignored instead of refused.</summary>
    IgnoresUnknownAgents,
}
