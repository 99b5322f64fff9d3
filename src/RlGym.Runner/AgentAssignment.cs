using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Runner;

/// <summary>Turns the agent specs of a <see cref="RunRequest"/> into one spec per role.</summary>
internal static class AgentAssignment
{
    public const string DefaultAgent = "random";

    /// <summary>The one spec of a single-agent run.</summary>
    public static string ForSingle(string environmentId, IReadOnlyList<string> specs)
    {
        if (specs.Count > 1)
        {
            throw new UserInputException($"Environment '{environmentId}' is single-agent and takes one agent; got {specs.Count}: {string.Join(", ", specs)}.");
        }
        if (specs.Count == 0)
        {
            return DefaultAgent;
        }
        if (TrySplitRole(specs[0], out string role, out _))
        {
            throw new UserInputException($"Environment '{environmentId}' is single-agent, so agent '{specs[0]}' cannot name a role ('{role}='); expected a plain spec such as '{DefaultAgent}'.");
        }
        return specs[0];
    }

    /// <summary>The spec of every role of a multi-agent run, in the order of <paramref name="roles"/>.</summary>
    public static string[] ForRoles(string environmentId, IReadOnlyList<string> roles, IReadOnlyList<string> specs)
    {
        var assigned = new string?[roles.Count];
        string? fallback = null;
        foreach (string item in specs)
        {
            if (!TrySplitRole(item, out string role, out string spec))
            {
                if (fallback is not null)
                {
                    throw new UserInputException($"Agents '{fallback}' and '{item}' both lack a role; name the roles of '{environmentId}' as role=spec (roles: {string.Join(", ", roles)}).");
                }
                fallback = item;
                continue;
            }
            int index = IndexOf(roles, role);
            if (index < 0)
            {
                throw new UserInputException($"Environment '{environmentId}' has no role '{role}' (in '{item}'); its roles are: {string.Join(", ", roles)}.");
            }
            if (spec.Length == 0)
            {
                throw new UserInputException($"Agent '{item}' names role '{role}' but no agent after '='; expected role=spec such as {role}={DefaultAgent}.");
            }
            if (assigned[index] is not null)
            {
                throw new UserInputException($"Role '{role}' of '{environmentId}' was given two agents: '{assigned[index]}' and '{spec}'.");
            }
            assigned[index] = spec;
        }
        var result = new string[roles.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = assigned[i] ?? fallback ?? DefaultAgent;
        }
        return result;
    }

    /// <summary>
    /// The options to make <paramref name="environmentId"/> with: <paramref name="options"/> with what every agent in
    /// <paramref name="items"/> (specs or role=spec items) needs from its checkpoint (<see cref="IAgentFactory.RequiredOptions"/>).
    /// </summary>
    /// <exception cref="ArgumentException">When a given option contradicts an agent's trained one (the message names the key, both values and the agent).</exception>
    public static EnvOptions WithRequiredOptions(AgentRegistry agents, string environmentId, IEnumerable<string> items, EnvOptions options)
    {
        foreach (string item in items)
        {
            string spec = TrySplitRole(item, out _, out string roleSpec) ? roleSpec : item.Trim();
            if (spec.Length > 0)
            {
                options = options.WithRequired(agents.RequiredOptions(environmentId, spec), spec);
            }
        }
        return options;
    }

    // "role=spec" when the text before the first '=' could be a role name (no colon: an agent argument may hold '=').
    private static bool TrySplitRole(string item, out string role, out string spec)
    {
        int eq = item.IndexOf('=', StringComparison.Ordinal);
        int colon = item.IndexOf(':', StringComparison.Ordinal);
        if (eq > 0 && (colon < 0 || eq < colon))
        {
            role = item[..eq].Trim();
            spec = item[(eq + 1)..].Trim();
            return true;
        }
        role = spec = "";
        return false;
    }

    private static int IndexOf(IReadOnlyList<string> roles, string role)
    {
        for (int i = 0; i < roles.Count; i++)
        {
            if (string.Equals(roles[i], role, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
