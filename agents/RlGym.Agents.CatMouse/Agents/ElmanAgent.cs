using System.Runtime.CompilerServices;
using RlGym.Agents.CatMouse.Elman;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Agents;

/// <summary>
/// The seed's Elman brain acting from observations only: its recurrent memory cleared at every episode, its compass
/// output given as it is (compass actions) or read as a move with <see cref="CatMouseRules.FromCompass"/> (Discrete(4)).
/// When the grid size is known its inputs are recomputed from the cells in double precision, exactly as in training.
/// </summary>
/// <typeparam name="TObs">Always <see cref="CatMouseObservation"/> (checked by the factory).</typeparam>
/// <typeparam name="TAction">int or float[] (checked by the factory).</typeparam>
internal sealed class ElmanAgent<TObs, TAction> : IAgent<TObs, TAction>
{
    private readonly ElmanNetwork _network;
    private readonly int? _width, _height;
    private readonly double[] _inputs = new double[ElmanNetwork.InputSize];

    public ElmanAgent(string name, ElmanNetwork network, int? width, int? height)
    {
        Name = name;
        _network = network;
        _width = width;
        _height = height;
        _network.BeginSequence();
    }

    public string Name { get; }

    public void BeginEpisode(ulong seed) => _network.BeginSequence();

    public TAction Act(TObs observation)
    {
        var o = Unsafe.As<TObs, CatMouseObservation>(ref observation);
        _inputs[0] = Input(o.CatX, _width);
        _inputs[1] = Input(o.CatY, _height);
        _inputs[2] = Input(o.MouseX, _width);
        _inputs[3] = Input(o.MouseY, _height);
        double reading = _network.Predict(_inputs);
        if (typeof(TAction) == typeof(int))
        {
            int action = (int)CatMouseRules.FromCompass(reading);
            return Unsafe.As<int, TAction>(ref action);
        }
        return (TAction)(object)new[] { (float)Math.Clamp(reading, 0.0, 1.0) };
    }

    public void Observe(in Transition<TObs, TAction> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }

    // cell / (size - 1) in double, as the seed's trainer computes it, from the float the observation carries.
    private static double Input(float value, int? size)
    {
        if (size is not int n)
        {
            return value;
        }
        int cell = (int)MathF.Round(value * (n - 1));
        return cell / (double)(n - 1);
    }
}
