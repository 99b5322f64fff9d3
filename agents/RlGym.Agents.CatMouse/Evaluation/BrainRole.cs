namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>Which piece a brain was trained to move, and so which teacher it imitates.</summary>
public enum BrainRole
{
    /// <summary>The mouse: imitates the seed's flee teacher (<see cref="RlGym.Envs.CatMouse.CatMouseRules.FleeDirection(in RlGym.Envs.CatMouse.CatMouseState)"/>).</summary>
    Mouse = 0,

    /// <summary>The cat: imitates the greedy chase (<see cref="RlGym.Envs.CatMouse.CatMouseRules.ChaseDirection(in RlGym.Envs.CatMouse.CatMouseState)"/>).</summary>
    Cat = 1,
}
