using RlGym.Core.Registry;

namespace RlGym.Envs.CatMouse.Single;

/// <summary>Makes CatMouse-v0 with the action type the <c>actions</c> option picks (int or float[]).</summary>
internal sealed class CatMouseFactory : IEnvironmentFactory
{
    public TResult Create<TResult>(EnvContext context, IEnvironmentVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(visitor);
        var settings = CatMouseSettings.Read(context.Spec.Id, context.Options);
        return settings.Compass
            ? visitor.Visit(new CompassCatMouseEnvironment(settings, context.RenderMode, context.Spec))
            : visitor.Visit(new DiscreteCatMouseEnvironment(settings, context.RenderMode, context.Spec));
    }
}
