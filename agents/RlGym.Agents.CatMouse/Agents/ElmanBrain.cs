using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Evaluation;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>An Elman network read from a checkpoint, with the role it was trained for.</summary>
/// <param name="Network">The network, weights loaded.</param>
/// <param name="Role">The piece it was trained to move (the seed trains the mouse).</param>
public sealed record ElmanBrain(ElmanNetwork Network, BrainRole Role);
