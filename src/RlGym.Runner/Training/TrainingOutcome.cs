namespace RlGym.Runner.Training;

/// <summary>Why a training run ended.</summary>
public enum TrainingOutcome
{
    /// <summary>The session's stop rule held.</summary>
    Finished = 0,

    /// <summary>The step limit was reached first.</summary>
    StepLimit = 1,

    /// <summary>The run was cancelled (Ctrl+C); what was done is saved.</summary>
    Cancelled = 2,
}
