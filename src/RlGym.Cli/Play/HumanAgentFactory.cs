using System.Diagnostics.CodeAnalysis;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;

namespace RlGym.Cli.Play;

/// <summary>
/// The <c>human</c> agent: a person choosing actions at the console (what <c>rlgym play</c> uses, and any role of
/// <c>rlgym run</c>). Keys go through the environment's <see cref="IKeyMap{TAction}"/> when it has one; otherwise the
/// person types actions. Typing <c>q</c> (or closing the input) raises <see cref="QuitToken"/>.
/// </summary>
internal sealed class HumanAgentFactory(CliContext console) : IAgentFactory, IDisposable
{
    private readonly CancellationTokenSource _quit = new();

    public string Name => "human";

    public string Description => "You, at the keyboard: the environment's keys, or typed actions; q quits.";

    /// <summary>Cancelled when the person quits; commands stop their run on it.</summary>
    public CancellationToken QuitToken => _quit.Token;

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Environment.TryFind<IKeyMap<TAction>>(out var keys);
        if (keys is null && !ActionText.CanParse<TAction>())
        {
            agent = null;
            whyNot = $"actions of type {typeof(TAction).Name} cannot be typed and the environment has no key map";
            return false;
        }
        var renderMode = context.Environment switch
        {
            IEnvironment single => single.RenderMode,
            IParallelEnvironment<TObs, TAction> parallel => parallel.RenderMode,
            _ => RenderMode.None,
        };
        agent = new HumanAgent<TObs, TAction>(console, keys, context, renderMode == RenderMode.Ansi, _quit);
        whyNot = null;
        return true;
    }

    public void Dispose() => _quit.Dispose();
}
