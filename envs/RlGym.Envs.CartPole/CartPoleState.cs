namespace RlGym.Envs.CartPole;

/// <summary>The cart-pole's exact state, in double precision (the observation is its float32 copy).</summary>
/// <param name="X">The cart's position on the track, metres from the centre.</param>
/// <param name="XDot">The cart's velocity.</param>
/// <param name="Theta">The pole's angle from upright, radians (positive leans right).</param>
/// <param name="ThetaDot">The pole's angular velocity.</param>
public readonly record struct CartPoleState(double X, double XDot, double Theta, double ThetaDot);
