using RlGym.Core;
using RlGym.Core.MultiAgent;

namespace RlGym.Runner.Benchmarks;

/// <summary>
/// One parallel multi-agent environment; every live agent acts from its own pre-sampled actions. Where the environment
/// has the allocation-free path (<see cref="IBufferedParallelStep{TObs,TAction}"/>), steps write into one reused
/// observation per agent, as the arena does.
/// </summary>
internal sealed class ParallelStepper<TObs, TAction> : Stepper
{
    private readonly IParallelEnvironment<TObs, TAction> _environment;
    private readonly Dictionary<string, TAction[]> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TAction> _step = new(StringComparer.Ordinal);
    private readonly IBufferedParallelStep<TObs, TAction>? _buffered;
    private readonly TAction[][] _actionsByIndex;
    private readonly TAction[] _stepByIndex;
    private readonly TObs[] _observations = [];
    private readonly StepOutcome[] _outcomes = [];
    private readonly Info[] _infos = [];
    private int _next;

    public ParallelStepper(IParallelEnvironment<TObs, TAction> environment, ulong seed)
    {
        _environment = environment;
        var roles = environment.PossibleAgents;
        _actionsByIndex = new TAction[roles.Count][];
        _stepByIndex = new TAction[roles.Count];
        ulong child = 0;
        for (int r = 0; r < roles.Count; r++)
        {
            var space = environment.ActionSpace(roles[r]);
            space.Seed(RlGym.Core.Random.Rng.DeriveSeed(seed, child++));
            var buffer = new TAction[ActionBufferLength];
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = space.Sample();
            }
            _actions[roles[r]] = buffer;
            _actionsByIndex[r] = buffer;
        }
        if (environment.TryGetBufferedParallelStep(out _buffered))
        {
            _observations = new TObs[roles.Count];
            for (int r = 0; r < roles.Count; r++)
            {
                _observations[r] = _buffered.AllocateObservation(r);
            }
            _outcomes = new StepOutcome[roles.Count];
            _infos = new Info[roles.Count];
            _buffered.ResetInto(_observations, _infos, seed);
        }
        else
        {
            environment.Reset(seed);
        }
    }

    public override void Chunk(ref long steps, ref long episodes)
    {
        if (_buffered is not null)
        {
            ChunkInto(_buffered, ref episodes);
            steps += ChunkSteps;
            return;
        }
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

    private void ChunkInto(IBufferedParallelStep<TObs, TAction> buffered, ref long episodes)
    {
        for (int k = 0; k < ChunkSteps; k++)
        {
            if (_environment.Agents.Count == 0)
            {
                episodes++;
                buffered.ResetInto(_observations, _infos);
            }
            int slot = _next++ & (ActionBufferLength - 1);
            for (int r = 0; r < _stepByIndex.Length; r++)
            {
                _stepByIndex[r] = _actionsByIndex[r][slot];
            }
            buffered.StepInto(_stepByIndex, _observations, _outcomes);
        }
    }

    public override void Dispose() => _environment.Dispose();
}
