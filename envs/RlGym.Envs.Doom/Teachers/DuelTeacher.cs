using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.Doom.Environment;

namespace RlGym.Envs.Doom.Teachers;

/// <summary>The duel's scripted teacher for one player: <see cref="DuelPilot"/> on the privileged state, encoded in the duel's Discrete actions.</summary>
/// <typeparam name="TObs">The observation type (ignored: the teacher reads privileged state).</typeparam>
internal sealed class DuelTeacher<TObs>(IPrivileged<DoomDuelState> source, ButtonCombos combos, int player) : IAgent<TObs, int>
{
    private readonly DuelPilot _pilot = new();

    public string Name => "teacher";

    public void BeginEpisode(ulong seed)
    {
    }

    public int Act(TObs observation)
    {
        int action = combos.IndexOf(_pilot.Choose(source.PrivilegedState, player));
        return action >= 0 ? action : 0;
    }

    public void Observe(in Transition<TObs, int> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }
}
