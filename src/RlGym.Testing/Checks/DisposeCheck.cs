using RlGym.Testing.Harness;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary><see cref="CheckNames.Dispose"/>: disposing twice does not throw, whether or not the environment was used.</summary>
internal static class DisposeCheck
{
    public static CheckResult Run(CheckContext context) => CheckContext.Once(CheckNames.Dispose, trace =>
    {
        TwiceAfter(context.Open(trace), "never reset", trace);
        var used = context.Open(trace);
        used.Reset(context.Seed, null, trace);
        if (!used.EpisodeOver)
        {
            used.Step(context.Seed, trace);
        }
        TwiceAfter(used, "after a reset and a step", trace);
        return null;
    });

    private static void TwiceAfter(EnvironmentSession session, string when, Trace trace)
    {
        trace.Note($"Dispose() on an environment {when}");
        session.Dispose();
        try
        {
            session.Dispose();
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"a second Dispose() on an environment {when} threw {e.GetType().Name} (\"{e.Message}\"); disposing twice must be safe");
        }
    }
}
