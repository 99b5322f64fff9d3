using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Server.Tensors;

namespace RlGym.Server.Worlds;

/// <summary>Makes worlds from the registry, exactly as <c>rlgym run</c> makes environments (plugins included).</summary>
internal sealed class WorldFactory(EnvRegistry registry, StructBounds? bounds)
{
    /// <summary>
    /// Makes <paramref name="id"/> with <paramref name="options"/>, rendering as <paramref name="renderMode"/> asks;
    /// <paramref name="copies"/> above 1 gives a vector world (which does not render).
    /// </summary>
    public IWorld Create(string id, EnvOptions options, ulong? seed, int copies, RenderMode renderMode = RenderMode.None)
    {
        if (renderMode != RenderMode.None && copies > 1)
        {
            throw new UserInputException($"Setting 'render_mode' is given with num_envs {copies}; vector worlds do not render: make a single environment to render.");
        }
        return registry.Make(id, new Visitor(registry, id, options, seed, copies, bounds), options, renderMode);
    }

    private sealed class Visitor(EnvRegistry registry, string id, EnvOptions options, ulong? seed, int copies, StructBounds? bounds) : IEnvironmentVisitor<IWorld>
    {
        public IWorld Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            if (copies <= 1)
            {
                return Own(environment, () => new SingleAgentWorld<TObs, TAction>(environment, seed, bounds));
            }
            // The single environment told us the types; the copies come from the registry's vector (native when registered).
            environment.Dispose();
            var vector = registry.MakeVector<TObs, TAction>(id, copies, options);
            return Own(vector, () => new VectorWorld<TObs, TAction>(vector, seed, bounds));
        }

        public IWorld VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            if (copies > 1)
            {
                environment.Dispose();
                throw new UserInputException($"Setting 'num_envs' is {copies}, but '{id}' is multi-agent; vector worlds hold single-agent environments.");
            }
            return Own(environment, () => new ParallelWorld<TObs, TAction>(environment, seed, bounds));
        }

        private static IWorld Own(IDisposable environment, Func<IWorld> create)
        {
            try
            {
                return create();
            }
            catch
            {
                environment.Dispose();
                throw;
            }
        }
    }
}
