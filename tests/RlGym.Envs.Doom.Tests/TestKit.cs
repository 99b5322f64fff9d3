using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.Doom.Tests;

/// <summary>Registries holding the Doom scenarios, and helpers to make their environments.</summary>
internal static class TestKit
{
    /// <summary>The invariant kit's settings for Doom: fewer sequences than the default, as every step renders a frame.</summary>
    public static CheckOptions ContractOptions { get; } = new() { MaxTests = 24, MaxSequenceLength = 48, Seed = 2024 };

    public static EnvRegistry Environments()
    {
        var environments = new EnvRegistry();
        DoomEnvironments.Register(environments, new AgentRegistry());
        return environments;
    }

    public static (EnvRegistry Environments, AgentRegistry Agents) Registries()
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        DoomEnvironments.Register(environments, agents);
        return (environments, agents);
    }

    public static IEnvironment<IReadOnlyDictionary<string, object>, int> Make(string id, EnvOptions? options = null, RenderMode mode = RenderMode.None) =>
        Environments().Make<IReadOnlyDictionary<string, object>, int>(id, options, mode);

    /// <summary>The pixels of a Doom observation.</summary>
    public static byte[] Screen(this IReadOnlyDictionary<string, object> observation) => DoomObservations.ScreenOf(observation);

    /// <summary>
    /// A Doom observation as the allocation-free path lays it out: screen, depth, labels, automap, then the game
    /// variables as little-endian float32, each present part in that order (also a value to compare observations by).
    /// </summary>
    public static byte[] Flat(this IReadOnlyDictionary<string, object> observation)
    {
        var bytes = new List<byte>();
        foreach (string key in new[] { DoomObservations.Screen, DoomObservations.Depth, DoomObservations.Labels, DoomObservations.Automap })
        {
            if (observation.TryGetValue(key, out var part))
            {
                bytes.AddRange((byte[])part);
            }
        }
        if (observation.TryGetValue(DoomObservations.GameVariables, out var variables))
        {
            foreach (float value in (float[])variables)
            {
                var four = new byte[4];
                System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(four, value);
                bytes.AddRange(four);
            }
        }
        return [.. bytes];
    }

    public static DoomState State(IDisposable environment) =>
        environment.TryGetPrivileged<DoomState>(out var source) ? source.PrivilegedState : throw new InvalidOperationException("No DoomState.");
}
