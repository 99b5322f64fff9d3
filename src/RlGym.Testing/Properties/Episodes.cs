using RlGym.Testing.Harness;

namespace RlGym.Testing.Properties;

/// <summary>Plays an <see cref="ActionScript"/>: a seeded reset, then one step per action seed, resetting (unseeded) whenever an episode ended.</summary>
internal static class Episodes
{
    /// <summary>The outcome of every call, lazily, so a check can stop at the first broken one.</summary>
    public static IEnumerable<Outcome> Play(EnvironmentSession session, ActionScript script, Trace trace)
    {
        yield return session.Reset(script.ResetSeed, null, trace);
        foreach (ulong actionSeed in script.ActionSeeds)
        {
            if (session.EpisodeOver)
            {
                yield return session.Reset(null, null, trace);
            }
            yield return session.Step(actionSeed, trace);
        }
    }
}
