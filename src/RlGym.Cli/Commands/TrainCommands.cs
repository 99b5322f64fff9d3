using System.CommandLine;
using RlGym.Cli.Hosting;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym train</c>: every trainer is a subcommand of it (<c>rlgym train doom-gps ...</c>); <c>rlgym train</c> alone
/// runs the first, the cat-and-mouse imitation that is the seed's main job. Adding a trainer is one line in
/// <see cref="Trainers"/>; the help of <c>rlgym</c> and of <c>rlgym train</c> lists it from there.
/// </summary>
internal static class TrainCommands
{
    /// <summary>The trainers: name, what it does, and how its command is made. The first is the default.</summary>
    private static readonly (string Name, string Description, Func<CommandRunner, Command> Create)[] Trainers =
    [
        (TrainCommand.Name, TrainCommand.Description, TrainCommand.Create),
        (CatMouseDuelTrainCommand.Name, "A cat brain and a mouse brain co-trained in the duel", CatMouseDuelTrainCommand.Create),
        (DoomGpsTrainCommand.Name, "Guided policy search: a pixels-only Doom student learns from the privileged teacher", DoomGpsTrainCommand.Create),
        (PpoTrainCommand.Name, "Proximal Policy Optimization: an agent learns from reward alone in any registered environment", PpoTrainCommand.Create),
    ];

    public static Command Create(CommandRunner runner)
    {
        string list = string.Join("; ", Trainers.Select(t => $"train {t.Name}: {t.Description}"));
        var command = new Command("train", $"Train agents headless. {list}. 'rlgym train' alone is 'rlgym train {Trainers[0].Name}'");
        TrainCommand.Configure(command, runner);
        foreach (var trainer in Trainers)
        {
            command.Subcommands.Add(trainer.Create(runner));
        }
        return command;
    }
}
