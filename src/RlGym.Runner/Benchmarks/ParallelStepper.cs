using RlGym.Core.MultiAgent;

namespace RlGym.Runner.Benchmarks;

/// <summary>One parallel multi-agent environment; every live agent acts from its own pre-sampled actions.</summary>
internal sealed class ParallelStepper<TObs, TAction> : Stepper
{
    private readonly IParallelEnvironment<TObs, TAction> _environment;
    private readonly Dictionary<string, TAction[]> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TAction> _step = new(StringComparer.Ordinal);
    private int _next;

    public ParallelStepper(IParallelEnvironment<TObs, TAction> environment, ulong seed)
    {
        _environment = environment;
        ulong child = 0;
        foreach (string role in environment.PossibleAgents)
        {
            var space = environment.ActionSpace(role);
            space.Seed(RlGym.Core.Random.Rng.DeriveSeed(seed, child++));
            var buffer = new TAction[ActionBufferLength];
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = space.Sample();
            }
            _actions[role] = buffer;
        }
        environment.Reset(seed);
    }

    public override void Chunk(ref long steps, ref long episodes)
    {
        for (int k = 0; k < ChunkSteps; k++)
        {
            if (_environment.Agents.Count == 0)
            {
                episodes++;
                _environment.Reset();
            }
            int slot = _next++ & (ActionBufferLength - 1);
            _step.Clear();
            var live = _environment.Agents;
            for (int j = 0; j < live.Count; j++)
            {
                _step[live[j]] = _actions[live[j]][slot];
            }
            _environment.Step(_step);
        }
        steps += ChunkSteps;
    }

    public override void Dispose() => _environment.Dispose();
}
