namespace RlGym.Agents.Ppo;

/// <summary>A greedy evaluation on held-out seeds: one episode per seed.</summary>
/// <param name="Episodes">Episodes played.</param>
/// <param name="MeanReturn">Their mean return.</param>
/// <param name="MeanLength">Their mean length.</param>
public readonly record struct PpoEvaluation(int Episodes, double MeanReturn, double MeanLength);
