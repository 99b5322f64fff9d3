namespace RlGym.Core.Agents;

/// <summary>An agent spec that no factory can make here; the message says why and what is registered.</summary>
public sealed class UnknownAgentException : UserInputException
{
    /// <summary>Creates the error.</summary>
    public UnknownAgentException(string spec, string message) : base(message) => Spec = spec;

    /// <summary>The spec string asked for.</summary>
    public string Spec { get; }
}
