using RlGym.Core.Registry;

namespace RlGym.Envs.Doom.Environment;

/// <summary>Makes a scenario's environment with the action type <c>max_buttons_pressed</c> picks (int, or byte[] for 0).</summary>
internal sealed class DoomFactory(DoomScenario scenario) : IEnvironmentFactory
{
    public TResult Create<TResult>(EnvContext context, IEnvironmentVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(visitor);
        var settings = DoomSettings.Read(scenario, context.Options);
        return settings.MaxButtonsPressed == 0
            ? visitor.Visit(new BinaryDoomEnvironment(scenario, settings, context.RenderMode, context.Spec))
            : visitor.Visit(new DiscreteDoomEnvironment(scenario, settings, context.RenderMode, context.Spec));
    }
}
