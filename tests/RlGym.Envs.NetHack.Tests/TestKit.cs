using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Envs.NetHack.Tests;

/// <summary>Registries and environments for the tests.</summary>
internal static class TestKit
{
    public static EnvRegistry Environments()
    {
        var environments = new EnvRegistry();
        NetHackEnvironments.Register(environments, new AgentRegistry());
        return environments;
    }

    public static AgentRegistry Agents()
    {
        var agents = new AgentRegistry();
        NetHackEnvironments.Register(new EnvRegistry(), agents);
        return agents;
    }

    public static IEnvironment<IReadOnlyDictionary<string, object>, int> Make(string id, EnvOptions? options = null, RenderMode mode = RenderMode.None) =>
        Environments().Make<IReadOnlyDictionary<string, object>, int>(id, options, mode);

    /// <summary>An environment on Debian's stock binary through a terminal (engine terminal): one game process each.</summary>
    public static IEnvironment<IReadOnlyDictionary<string, object>, int> MakeTerminal(string id, EnvOptions? options = null, RenderMode mode = RenderMode.None) =>
        Make(id, EnvOptions.Of(("engine", "terminal")).With(options), mode);

    /// <summary>The unwrapped environment behind what the registry made.</summary>
    public static NetHackEnvironment Inner(IEnvironment<IReadOnlyDictionary<string, object>, int> env) =>
        env.Unwrapped() as NetHackEnvironment ?? throw new InvalidOperationException("not a NetHack environment");

    public static string Text(IReadOnlyDictionary<string, object> observation, string key) =>
        System.Text.Encoding.Latin1.GetString((byte[])observation[key]).TrimEnd('\0');

    public static string Row(IReadOnlyDictionary<string, object> observation, int row) =>
        System.Text.Encoding.Latin1.GetString((byte[])observation[NetHackObservation.TtyChars], row * 80, 80).TrimEnd();

    public static long[] Blstats(IReadOnlyDictionary<string, object> observation) => (long[])observation[NetHackObservation.Blstats];

    public static int Action(string name) =>
        Enumerable.Range(0, NetHackActions.Task.Count).First(i => NetHackActions.Task[i].Name == name);
}
