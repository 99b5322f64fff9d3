namespace RlGym.Envs.CartPole;

/// <summary>
/// The cart-pole's dynamics as Gymnasium's CartPole-v1 has them (Barto, Sutton and Anderson's equations): a cart of
/// 1 kg on a frictionless track pushed with 10 N left or right, a pole of 0.1 kg and half-length 0.5 m, gravity 9.8,
/// explicit Euler steps of 0.02 s. Termination: the pole more than 12 degrees from upright or the cart more than 2.4
/// from the centre.
/// </summary>
internal static class CartPolePhysics
{
    public const double Gravity = 9.8;
    public const double CartMass = 1.0;
    public const double PoleMass = 0.1;
    public const double TotalMass = CartMass + PoleMass;
    public const double HalfLength = 0.5;
    public const double PoleMassLength = PoleMass * HalfLength;
    public const double ForceMagnitude = 10.0;
    public const double Tau = 0.02;
    public const double ThetaThreshold = 12 * 2 * Math.PI / 360;
    public const double XThreshold = 2.4;

    /// <summary>One Euler step of <paramref name="state"/> with the cart pushed right (action 1) or left (action 0).</summary>
    public static CartPoleState Step(in CartPoleState state, int action)
    {
        double force = action == 1 ? ForceMagnitude : -ForceMagnitude;
        double cos = Math.Cos(state.Theta);
        double sin = Math.Sin(state.Theta);
        double temp = (force + (PoleMassLength * state.ThetaDot * state.ThetaDot * sin)) / TotalMass;
        double thetaAcc = ((Gravity * sin) - (cos * temp)) / (HalfLength * ((4.0 / 3.0) - (PoleMass * cos * cos / TotalMass)));
        double xAcc = temp - (PoleMassLength * thetaAcc * cos / TotalMass);
        return new CartPoleState(
            state.X + (Tau * state.XDot),
            state.XDot + (Tau * xAcc),
            state.Theta + (Tau * state.ThetaDot),
            state.ThetaDot + (Tau * thetaAcc));
    }

    /// <summary>True when the pole has fallen past 12 degrees or the cart has left the track (|x| &gt; 2.4).</summary>
    public static bool IsTerminal(in CartPoleState state) =>
        state.X < -XThreshold || state.X > XThreshold || state.Theta < -ThetaThreshold || state.Theta > ThetaThreshold;
}
