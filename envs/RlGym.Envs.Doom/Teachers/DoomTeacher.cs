using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.Doom.Environment;

namespace RlGym.Envs.Doom.Teachers;

/// <summary>The scripted teacher of every Doom scenario: <see cref="DoomPilot"/> on the privileged state, encoded in the environment's action space.</summary>
/// <typeparam name="TObs">The observation type (ignored: the teacher reads privileged state).</typeparam>
/// <typeparam name="TAction">int or byte[].</typeparam>
internal sealed class DoomTeacher<TObs, TAction>(IPrivileged<DoomState> source, DoomEnvironment<TAction> environment) : IAgent<TObs, TAction>
{
    private readonly DoomPilot _pilot = new();

    public string Name => "teacher";

    public void BeginEpisode(ulong seed) => _pilot.Reset();

    public TAction Act(TObs observation)
    {
        int mask = _pilot.Choose(source.PrivilegedState);
        if (environment.TryEncode(mask, out var action) || environment.TryEncode(0, out action))
        {
            return action;
        }
        throw new InvalidOperationException($"The action space {environment.ActionSpace} has no action holding no button.");
    }

    public void Observe(in Transition<TObs, TAction> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }
}
