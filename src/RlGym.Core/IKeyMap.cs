namespace RlGym.Core;

/// <summary>
/// An environment a person can play from a keyboard (<c>rlgym play</c>): maps keys to actions. Environments
/// without it are played by typing actions.
/// </summary>
/// <typeparam name="TAction">The action type.</typeparam>
public interface IKeyMap<TAction>
{
    /// <summary>One line telling the player which keys do what.</summary>
    string KeyHelp { get; }

    /// <summary>The action a key stands for; false when the key means nothing here.</summary>
    bool TryMapKey(ConsoleKeyInfo key, out TAction action);
}
