using RlGym.Core.Spaces;

namespace RlGym.Core;

/// <summary>An action outside the environment's action space. The message names the action and the space.</summary>
public sealed class InvalidActionException : UserInputException
{
    /// <summary>Creates the error for <paramref name="action"/> and <paramref name="space"/>.</summary>
    public InvalidActionException(ISpace space, object? action, string? agent = null)
        : base($"Action {space?.Format(action) ?? action?.ToString() ?? "null"}{(agent is null ? "" : $" of agent '{agent}'")} is not in the action space {space}.")
    {
        Space = space;
    }

    /// <summary>The space the action was checked against.</summary>
    public ISpace? Space { get; }
}
