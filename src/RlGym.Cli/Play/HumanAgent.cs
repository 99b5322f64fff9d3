using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Cli.Play;

/// <summary>Asks a person for each action; see <see cref="HumanAgentFactory"/>.</summary>
internal sealed class HumanAgent<TObs, TAction>(
    CliContext console, IKeyMap<TAction>? keys, AgentContext<TObs, TAction> context, bool framesShown, CancellationTokenSource quit) : IAgent<TObs, TAction>
{
    private readonly string _who = context.Role ?? "you";

    public string Name => "human";

    private string Help => keys is null
        ? $"Type an action in {context.ActionSpace} and press Enter; q quits."
        : console.ReadKey is not null
            ? $"{keys.KeyHelp}; q quits."
            : ActionText.CanParse<TAction>()
                // Without a terminal a line is read: a key's letter or name (KeyText) or a typed action (ActionText).
                ? $"{keys.KeyHelp.TrimEnd('.')}. Type a key (its letter, or up, down, left, right, space) or an action in {context.ActionSpace}, then press Enter; q quits."
                : $"{keys.KeyHelp.TrimEnd('.')}. Type a key (its letter, or up, down, left, right, space), then press Enter; q quits.";

    public void BeginEpisode(ulong seed) => console.Out.WriteLine($"{_who}: {Help}");

    public TAction Act(TObs observation)
    {
        if (!framesShown)
        {
            console.Out.WriteLine($"{_who} sees {context.ObservationSpace.Format(observation)}");
        }
        while (!quit.IsCancellationRequested)
        {
            console.Out.Write($"{_who}> ");
            console.Out.Flush();
            if (keys is not null && console.ReadKey is { } readKey)
            {
                var key = readKey();
                console.Out.WriteLine();
                if (key.KeyChar is 'q' or 'Q')
                {
                    break;
                }
                if (keys.TryMapKey(key, out var mapped))
                {
                    return mapped;
                }
                console.Out.WriteLine($"That key does nothing here. {Help}");
                continue;
            }
            string? line = console.In.ReadLine();
            if (console.ReadKey is null)
            {
                // Redirected input is not echoed by a terminal: show what was read, so the transcript reads as a game.
                console.Out.WriteLine(line ?? "");
            }
            if (line is null || line.Trim() is "q" or "quit")
            {
                break;
            }
            if (TryRead(line.Trim(), out var action, out string problem))
            {
                return action;
            }
            console.Out.WriteLine($"{problem} {Help}");
        }
        quit.Cancel();
        return default!;
    }

    public void Observe(in Transition<TObs, TAction> transition)
    {
        if (transition.Reward != 0)
        {
            console.Out.WriteLine($"{_who} got {transition.Reward:0.###}");
        }
    }

    public void EndEpisode(in EpisodeStats stats) =>
        console.Out.WriteLine($"{_who}: episode over after {stats.Length} steps ({(stats.Terminated ? "terminated" : "truncated")}), return {stats.Return:0.###}");

    private bool TryRead(string text, out TAction action, out string problem)
    {
        if (keys is not null && KeyText.TryParse(text, out var key) && keys.TryMapKey(key, out action))
        {
            problem = "";
            return true;
        }
        if (keys is not null && !ActionText.CanParse<TAction>())
        {
            action = default!;
            problem = $"'{text}' is not a key here.";
            return false;
        }
        if (!ActionText.TryParse(text, out action, out problem))
        {
            return false;
        }
        if (!context.ActionSpace.Contains(action))
        {
            problem = $"{context.ActionSpace.Format(action)} is not in the action space {context.ActionSpace}.";
            return false;
        }
        return true;
    }
}
