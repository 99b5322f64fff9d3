namespace RlGym.Envs.Doom.World;

/// <summary>What one tic of the world produced.</summary>
/// <param name="Reward">The scenario's reward for the tic.</param>
/// <param name="Terminated">The player died, reached the goal, or killed the last monster where that ends the episode.</param>
internal readonly record struct TicResult(double Reward, bool Terminated);
