using RlGym.Agents.Doom.Agents;
using RlGym.Core.Agents;

namespace RlGym.Agents.Doom;

/// <summary>
/// Registers the Doom student as an agent: <c>doom-student:PATH</c> plays the scenario its checkpoint
/// (<see cref="Student.DoomStudentFile"/>) was trained on, from pixels. A missing path is an
/// <see cref="ArgumentException"/>; a missing file a <see cref="FileNotFoundException"/>; a damaged file an
/// <see cref="InvalidDataException"/>; another scenario or action count an <see cref="ArgumentException"/>, each naming the path.
/// </summary>
public static class DoomAgents
{
    /// <summary>Adds the <c>doom-student</c> agent to <paramref name="agents"/>.</summary>
    public static void Register(AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        agents.Register(new DoomStudentAgentFactory());
    }
}
