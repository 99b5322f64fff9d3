using System.Diagnostics;
using System.Runtime.InteropServices;
using RlGym.Agents.Ppo.Checkpoints;
using RlGym.Agents.Ppo.Encoding;
using RlGym.Agents.Ppo.Networks;
using RlGym.Agents.Ppo.Normalization;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Core.Vector;
using RlGym.Torch;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo;

/// <summary>
/// Proximal Policy Optimization (Schulman et al. 2017) as CleanRL's <c>ppo.py</c> runs it, reading top to bottom:
/// <list type="number">
/// <item>optionally (<c>--init SPEC</c>), before the first rollout: behaviour cloning of a demonstrator agent, the
/// actor on its actions and the critic on its discounted returns (<see cref="Imitate"/>);</item>
/// <item>collect a rollout of <c>RolloutLength</c> steps from every environment of a vector (same-step autoreset),
/// drawing actions from the policy with an RlGym <see cref="Rng"/>;</item>
/// <item>compute advantages by GAE; a truncated episode bootstraps from the value of its final observation (the
/// vector's <c>final_observation</c>), a terminated one does not;</item>
/// <item>update the actor-critic with the clipped surrogate objective for <c>UpdateEpochs</c> passes of shuffled
/// minibatches, the value loss clipped, an entropy bonus, the gradient norm clipped, the learning rate annealed.</item>
/// </list>
/// Action masks (<c>action_mask</c> in the info or a Dict observation) set forbidden logits to -1e8. The weights,
/// the action draws and the minibatch order come from the seed alone, so the same seed and TorchSharp thread count give
/// the same learning curve, step for step.
/// </summary>
internal sealed class Ppo<TObs, TAction> : IPpoLearner, IImitationStart
{
    private const float MaskedLogit = -1e8f;

    // Every number a tensor operation takes is a Scalar held for as long as it is used: an implicit one (x.add(1f)) is a
    // finalizable object the collector may free while the native call still reads it, which failed elsewhere in the
    // project under load with "Unknown scalar type". These live as long as the process; the options' live as the learner.
    // Sums go through add(other, One): TorchSharp's a + b and add(b) pass a temporary alpha of 1 (TorchScalarGuardTests).
    private static readonly Scalar One = 1f.ToScalar();
    private static readonly Scalar Zero = 0f.ToScalar();
    private static readonly Scalar Half = 0.5.ToScalar();
    // Squares go through pow with this exponent: TorchSharp's square() is pow(2) with a temporary Scalar of its own.
    private static readonly Scalar Two = 2.ToScalar();
    private static readonly Scalar AdvantageEpsilon = 1e-8.ToScalar();
    private static readonly Scalar Masked = MaskedLogit.ToScalar();
    private readonly Scalar _clip, _clipLow, _clipHigh, _negativeClip, _entropyCoefficient, _valueCoefficient;

    // Set-up: the environments, the network and how observations and actions cross between them.
    private readonly PpoRunInfo _run;
    private readonly PpoOptions _o;
    private readonly IVectorEnvironment<TObs, TAction> _envs;
    private readonly Func<int, IVectorEnvironment<TObs, TAction>> _makeEvaluationEnvs;
    private readonly ObservationEncoder<TObs> _encoder;
    private readonly FrameStacker? _stacker;
    private readonly float[] _frame;
    private readonly ActionDecoder<TAction> _decoder;
    private readonly PolicyNetwork _network;
    private readonly Adam _optimizer;
    private readonly Rng _rng;
    private readonly ObservationNormalizer? _observationNormalizer;
    private readonly RewardScaler? _rewardScaler;
    private readonly int _n, _t, _d, _a, _h;

    // Rollout storage, allocated once: [step, env, ...] row-major.
    private readonly float[] _obs, _logProbs, _values, _rewards, _starts, _masks, _advantages, _returns;
    private readonly long[] _actions;
    private readonly float[] _nextObs, _nextStarts, _nextMasks, _finalObs, _logits, _bootstrap, _nextValues;
    private readonly int[] _truncatedEnvs, _choices;
    private readonly bool[] _ended;
    private readonly TAction[] _actionSlots;
    private readonly Tensor _input;
    private bool _anyMask;

    // The LSTM core's state (h and c, [env, unit]): carried between steps, and as it was when the rollout began.
    private readonly int _s;
    private readonly float[] _stateH, _stateC, _rolloutH, _rolloutC;

    // Episode bookkeeping for the reports.
    private readonly double[] _episodeReturn;
    private readonly int[] _episodeLength;
    private readonly Queue<(double Return, int Length)> _recent = new();
    private IVectorEnvironment<TObs, TAction>? _evaluationEnvs;
    private bool _disposed;

    public Ppo(PpoRunInfo run, PpoOptions options, IVectorEnvironment<TObs, TAction> envs, Func<int, IVectorEnvironment<TObs, TAction>> makeEvaluationEnvs, PpoCheckpoint? resume)
    {
        _run = run;
        _o = options.Validate();
        _envs = envs;
        _makeEvaluationEnvs = makeEvaluationEnvs;
        if (envs.Autoreset != AutoresetMode.SameStep)
        {
            throw new ArgumentException($"PPO needs a vector with same-step autoreset (for final observations); got {envs.Autoreset}.", nameof(envs));
        }
        _encoder = ObservationEncoders.Create(envs.SingleObservationSpace);
        _decoder = ActionDecoder<TAction>.Create(envs.SingleActionSpace);
        var shape = new PolicyShape(PolicyShape.Stack(_encoder.Segments, _o.FrameStack), _decoder.Heads, _o.Hidden, _o.FrameStack, _o.Lstm);
        (_n, _t, _d, _a, _h) = (envs.Count, _o.RolloutLength, shape.ObservationSize, shape.Logits, shape.Heads.Length);

        TorchRuntime.EnsureLoaded();
        _network = PolicyNetwork.Create(shape);
        _rng = new Rng(_o.Seed);
        _network.Initialise(_rng);
        _optimizer = torch.optim.Adam(_network.parameters(), _o.LearningRate, eps: 1e-5);
        _observationNormalizer = _o.NormalizeObservations ? new ObservationNormalizer(shape.Segments, _d, resume?.ObservationStatistics) : null;
        _rewardScaler = _o.NormalizeRewards ? new RewardScaler(_n, _o.Gamma, resume?.Training?.RewardStatistics) : null;
        if (resume is not null)
        {
            if (!resume.Shape.SameAs(shape))
            {
                throw new UserInputException($"Checkpoint '{resume.Source}' holds a policy of shape {resume.Shape.Describe()}; {run.EnvironmentId} needs {shape.Describe()}.");
            }
            var training = resume.Training ?? throw new UserInputException($"Checkpoint '{resume.Source}' holds a policy without its training state (a best.ckpt?); resume from policy.ckpt.");
            resume.LoadInto(_network, _optimizer);
            _rng.SetState(training.Generator);
            Steps = training.Steps;
            Iterations = training.Iterations;
        }

        int b = _n * _t;
        _obs = new float[b * _d];
        _logProbs = new float[b];
        _values = new float[b];
        _rewards = new float[b];
        _starts = new float[b];
        _masks = new float[b * _a];
        _advantages = new float[b];
        _returns = new float[b];
        _actions = new long[b * _h];
        _nextObs = new float[_n * _d];
        _nextStarts = new float[_n];
        _nextMasks = new float[_n * _a];
        _finalObs = new float[_n * _d];
        _logits = new float[_n * _a];
        _bootstrap = new float[_n];
        _nextValues = new float[_n];
        double clip = _o.ClipCoefficient;
        // One by one, straight into the fields: TorchScalarGuardTests reads the temporaries of a tuple as unheld Scalars.
        _clip = clip.ToScalar();
        _clipLow = (1 - clip).ToScalar();
        _clipHigh = (1 + clip).ToScalar();
        _negativeClip = (-clip).ToScalar();
        _entropyCoefficient = _o.EntropyCoefficient.ToScalar();
        _valueCoefficient = _o.ValueCoefficient.ToScalar();
        _truncatedEnvs = new int[_n];
        _choices = new int[_h];
        _ended = new bool[_n];
        _actionSlots = new TAction[_n];
        _input = torch.zeros(_n, _d);
        _s = _network.StateSize;
        _stateH = new float[_n * _s];
        _stateC = new float[_n * _s];
        _rolloutH = new float[_n * _s];
        _rolloutC = new float[_n * _s];
        _frame = new float[_encoder.Size];
        _stacker = _o.FrameStack > 1 ? new FrameStacker(_n, _encoder.Size, _o.FrameStack) : null;
        _episodeReturn = new double[_n];
        _episodeLength = new int[_n];

        // The first observations. A resumed run restarts its environments from seeds that depend on how far it got.
        ulong resetSeed = unchecked(_o.Seed * 1_000_003UL + (ulong)Iterations * 7_919UL);
        var reset = _envs.Reset(resetSeed);
        for (int i = 0; i < _n; i++)
        {
            EncodeNext(i, reset.Observations[i], started: true);
            _anyMask |= ActionMasks.TryRead(reset.Infos[i], reset.Observations[i], _nextMasks.AsSpan(i * _a, _a));
        }
        _observationNormalizer?.Apply(_nextObs, _n, update: true);
    }

    public PpoRunInfo Run => _run;

    /// <summary>After <see cref="Imitate"/>, the share of the demonstrator's actions the actor matched; NaN before.</summary>
    public double Agreement { get; set; } = double.NaN;

    public PpoOptions Options => _o;

    public string PolicyDescription => _network.Shape.Describe();

    public long Steps { get; private set; }

    /// <summary>The last rollout's rewards as learned from ([step, env]; truncated steps include the bootstrap), for tests.</summary>
    internal ReadOnlySpan<float> RolloutRewards => _rewards;

    /// <summary>The last rollout's value estimates ([step, env]), for tests.</summary>
    internal ReadOnlySpan<float> RolloutValues => _values;

    /// <summary>The last rollout's encoded observations ([step, env, number]) and episode starts ([step, env]: 1 where one began), for tests.</summary>
    internal (float[] Observations, float[] Starts) RolloutInputs => (_obs, _starts);

    /// <summary>The network, for tests.</summary>
    internal PolicyNetwork Network => _network;

    public int Iterations { get; private set; }

    public PpoUpdateReport Iterate(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var clock = Stopwatch.StartNew();
        double learningRate = _o.AnnealLearningRate ? _o.LearningRate * Math.Max(0.0, 1.0 - (double)Steps / _o.TotalSteps) : _o.LearningRate;
        foreach (var group in _optimizer.ParamGroups)
        {
            group.LearningRate = learningRate;
        }
        using (torch.no_grad())
        {
            CollectRollout(cancellationToken);
            ComputeAdvantages();
        }
        double rolloutSeconds = clock.Elapsed.TotalSeconds;
        var losses = Update();
        Iterations++;
        double seconds = clock.Elapsed.TotalSeconds;
        var recent = _recent.ToArray();
        return new PpoUpdateReport(
            Steps, Iterations, learningRate,
            recent.Length == 0 ? double.NaN : recent.Average(e => e.Return),
            recent.Length == 0 ? double.NaN : recent.Average(e => e.Length),
            losses.PolicyLoss, losses.ValueLoss, losses.Entropy, losses.ApproxKl, losses.ClipFraction, ExplainedVariance(),
            _n * _t / Math.Max(seconds, 1e-9), rolloutSeconds, seconds - rolloutSeconds);
    }

    /// <summary>The learning rate of behaviour cloning's own Adam.</summary>
    public const double ImitationLearningRate = 3e-3;

    /// <summary>Samples per minibatch of behaviour cloning.</summary>
    public const int ImitationMinibatch = 256;

    // 0. An optional start: behaviour cloning. The demonstrators act in their own copies of the environment for about
    // `steps` steps; the actor then learns their actions (cross-entropy) and the critic their discounted returns (the
    // return of an episode still running when the data ends is counted to that point), for `epochs` passes of
    // shuffled minibatches with an Adam of its own, so PPO's optimiser starts fresh. Observations go through the same
    // encoder, frame stack and normaliser (whose statistics it updates) as PPO's, and rewards through the same reward
    // scaler when rewards are normalised, so the critic learns returns on the scale PPO's updates train it at (raw
    // returns there started the critic hundreds of times too high on HealthGathering and wrecked the first updates).
    // With an LSTM core the data is cut into sequences of up to RolloutLength steps per environment, replayed as the
    // update replays a rollout, each from the state the current weights reach there (a pass over all the data in order
    // before every epoch). Returns the share of the demonstrators' actions the actor's most likely action matches on
    // the data (the state carried as in play).
    public double Imitate(IVectorEnvironment<TObs, TAction> envs, IAgent<TObs, TAction>[] demonstrators, long steps, int epochs, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int n = envs.Count, t = (int)Math.Max(1, (steps + n - 1) / n);
        if (_rewardScaler is not null && n != _n)
        {
            throw new ArgumentException($"Behaviour cloning with normalised rewards needs one demonstration environment per training environment ({_n}), not {n}.", nameof(envs));
        }
        int length = _s > 0 ? Math.Min(_t, t) : 1;
        t = (t + length - 1) / length * length;
        int rows = n * t;
        var obs = new float[rows * _d];
        var choices = new long[rows * _h];
        var rewards = new float[rows];
        var ends = new bool[rows];
        var current = new float[n * _d];
        var observations = new TObs[n];
        var actions = new TAction[n];
        var choice = new int[_h];
        var stacker = _o.FrameStack > 1 ? new FrameStacker(n, _encoder.Size, _o.FrameStack) : null;
        void Encode(int i, TObs observation, bool started)
        {
            var row = current.AsSpan(i * _d, _d);
            if (stacker is null)
            {
                _encoder.Encode(observation, row);
                return;
            }
            _encoder.Encode(observation, _frame);
            if (started)
            {
                stacker.Reset(i, _frame);
            }
            else
            {
                stacker.Push(i, _frame);
            }
            stacker.Write(i, row);
        }

        ulong seed = unchecked(_o.Seed * 1_000_003UL + 0x1417A7EUL);
        ulong episodes = 0;
        var reset = envs.Reset(seed);
        for (int i = 0; i < n; i++)
        {
            observations[i] = reset.Observations[i];
            demonstrators[i].BeginEpisode(unchecked(seed + episodes++));
            Encode(i, observations[i], started: true);
        }
        _observationNormalizer?.Apply(current, n, update: true);
        for (int step = 0; step < t; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int row = step * n;
            current.AsSpan().CopyTo(obs.AsSpan(row * _d, n * _d));
            for (int i = 0; i < n; i++)
            {
                actions[i] = demonstrators[i].Act(observations[i]);
                _decoder.Read(actions[i], choice);
                for (int h = 0; h < _h; h++)
                {
                    choices[(row + i) * _h + h] = choice[h];
                }
            }
            var result = envs.Step(actions);
            for (int i = 0; i < n; i++)
            {
                bool ended = result.Terminated[i] || result.Truncated[i];
                rewards[row + i] = (float)result.Rewards[i];
                ends[row + i] = ended;
                observations[i] = result.Observations[i];
                if (ended)
                {
                    demonstrators[i].BeginEpisode(unchecked(seed + episodes++));
                }
                Encode(i, observations[i], started: ended);
            }
            _observationNormalizer?.Apply(current, n, update: true);
            _rewardScaler?.Apply(rewards.AsSpan(row, n), ends.AsSpan(row, n));
        }
        _rewardScaler?.Restart();
        var returns = new float[rows];
        float gamma = (float)_o.Gamma;
        for (int i = 0; i < n; i++)
        {
            float g = 0;
            for (int step = t - 1; step >= 0; step--)
            {
                int k = step * n + i;
                g = rewards[k] + (ends[k] ? 0f : gamma * g);
                returns[k] = g;
            }
        }

        using var scope = torch.NewDisposeScope();
        using var optimizer = torch.optim.Adam(_network.parameters(), ImitationLearningRate, eps: 1e-5);
        var bObs = TensorData.FromFloats(obs, rows, _d);
        var bChoices = TensorData.FromInt64s(choices, rows, _h);
        var bReturns = TensorData.FromFloats(returns, rows);
        var parameters = _network.parameters().ToArray();
        // Recurrent: minibatches of whole sequences ("lanes": environment i's sequence j is lane i * perEnv + j).
        bool recurrent = _s > 0;
        int perEnv = t / length, lanes = n * perEnv;
        int minibatch = recurrent ? Math.Max(1, Math.Min(lanes, ImitationMinibatch / length)) : Math.Min(ImitationMinibatch, rows);
        var order = new long[recurrent ? lanes : rows];
        var firstRows = new long[recurrent ? lanes : 0];
        var rowsOf = new long[recurrent ? minibatch * length : 0];
        var keep = new float[recurrent ? rows : 0];
        for (int k = 0; k < keep.Length; k++)
        {
            keep[k] = k < n || ends[k - n] ? 0f : 1f;
        }
        for (int lane = 0; lane < firstRows.Length; lane++)
        {
            firstRows[lane] = (long)(lane % perEnv) * length * n + lane / perEnv;
        }
        var bKeep = recurrent ? TensorData.FromFloats(keep, rows, 1) : null;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            using var epochScope = torch.NewDisposeScope();
            var (stateH, stateC, _) = recurrent ? SequencePass(bObs, bKeep!, n, t, length) : default;
            Shuffle(order);
            for (int start = 0; start + minibatch <= order.Length; start += minibatch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var inner = torch.NewDisposeScope();
                Tensor index, logits, value;
                if (!recurrent)
                {
                    index = TensorData.FromInt64s(order.AsSpan(start, minibatch), minibatch);
                    (logits, value) = _network.forward(bObs.index_select(0, index));
                }
                else
                {
                    (index, logits, value) = Replay(order.AsSpan(start, minibatch), length, n, firstRows, rowsOf, bObs, bKeep!, stateH!, stateC!);
                }
                var target = bChoices.index_select(0, index);
                Tensor crossEntropy = torch.zeros(1);
                int offset = 0;
                for (int h = 0; h < _h; h++)
                {
                    int count = _decoder.Heads[h];
                    var logP = nn.functional.log_softmax(_h == 1 ? logits : logits.narrow(1, offset, count), 1);
                    crossEntropy = crossEntropy - logP.gather(1, target.narrow(1, h, 1)).mean();
                    offset += count;
                }
                var valueLoss = (value - bReturns.index_select(0, index)).pow(Two).mean().mul(Half);
                var loss = crossEntropy.add(valueLoss.mul(_valueCoefficient), One);
                optimizer.zero_grad();
                loss.backward();
                nn.utils.clip_grad_norm_(parameters, _o.MaxGradNorm);
                AdamStep.Apply(optimizer);
            }
        }

        long agreed = 0;
        using (torch.no_grad())
        {
            var sequential = recurrent ? SequencePass(bObs, bKeep!, n, t, length).Logits : null;
            for (int start = 0; start < rows; start += ImitationMinibatch)
            {
                using var inner = torch.NewDisposeScope();
                int count = Math.Min(ImitationMinibatch, rows - start);
                var logits = sequential is null ? _network.forward(bObs.narrow(0, start, count)).Logits : sequential.narrow(0, start, count);
                var all = torch.ones(count, ScalarType.Bool);
                int offset = 0;
                for (int h = 0; h < _h; h++)
                {
                    int width = _decoder.Heads[h];
                    var best = (_h == 1 ? logits : logits.narrow(1, offset, width)).argmax(1);
                    all = all.logical_and(best.eq(bChoices.narrow(0, start, count).select(1, h)));
                    offset += width;
                }
                agreed += all.sum().item<long>();
            }
        }
        return (double)agreed / rows;
    }

    // 1. Rollout: one forward pass per step for the whole batch, actions drawn on the CPU side.
    private void CollectRollout(CancellationToken cancellationToken)
    {
        var input = MemoryMarshal.Cast<byte, float>(_input.bytes);
        // The update replays each environment's sequence from the state it had here.
        _stateH.AsSpan().CopyTo(_rolloutH);
        _stateC.AsSpan().CopyTo(_rolloutC);
        for (int t = 0; t < _t; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int row = t * _n;
            _nextObs.AsSpan().CopyTo(_obs.AsSpan(row * _d, _n * _d));
            _nextStarts.AsSpan().CopyTo(_starts.AsSpan(row, _n));
            _nextMasks.AsSpan().CopyTo(_masks.AsSpan(row * _a, _n * _a));
            _nextObs.AsSpan().CopyTo(input);
            using (var scope = torch.NewDisposeScope())
            {
                if (_s == 0)
                {
                    var (logits, value) = _network.forward(_input);
                    TensorData.CopyTo(logits, _logits);
                    TensorData.CopyTo(value, _values.AsSpan(row, _n));
                }
                else
                {
                    // An episode that starts here starts from a zero state; the state coming out is carried to the next step.
                    ZeroStartedStates(_nextStarts);
                    var (logits, value, h, c) = _network.Step(_input, TensorData.FromFloats(_stateH, _n, _s), TensorData.FromFloats(_stateC, _n, _s));
                    TensorData.CopyTo(logits, _logits);
                    TensorData.CopyTo(value, _values.AsSpan(row, _n));
                    TensorData.CopyTo(h, _stateH);
                    TensorData.CopyTo(c, _stateC);
                }
            }
            for (int i = 0; i < _n; i++)
            {
                float logProbability = 0;
                int offset = 0;
                for (int h = 0; h < _h; h++)
                {
                    int choices = _decoder.Heads[h];
                    var mask = _anyMask ? _nextMasks.AsSpan(i * _a + offset, choices) : default;
                    _choices[h] = CategoricalChoice.Choose(_logits.AsSpan(i * _a + offset, choices), mask, _rng, out float lp);
                    _actions[(row + i) * _h + h] = _choices[h];
                    logProbability += lp;
                    offset += choices;
                }
                _logProbs[row + i] = logProbability;
                _decoder.Write(_choices, ref _actionSlots[i]);
            }

            var step = _envs.Step(_actionSlots);
            Steps += _n;
            int truncated = 0;
            for (int i = 0; i < _n; i++)
            {
                double reward = step.Rewards[i];
                bool terminated = step.Terminated[i], ended = terminated || step.Truncated[i];
                _rewards[row + i] = (float)reward;
                _ended[i] = ended;
                _nextStarts[i] = ended ? 1f : 0f;
                _episodeReturn[i] += reward;
                _episodeLength[i]++;
                if (ended)
                {
                    RecordEpisode(_episodeReturn[i], _episodeLength[i]);
                    _episodeReturn[i] = 0;
                    _episodeLength[i] = 0;
                }
                if (step.Truncated[i] && !terminated && step.Infos[i].TryGetValue(VectorInfoKeys.FinalObservation, out var final) && final is TObs last)
                {
                    EncodeFinal(i, last, _finalObs.AsSpan(truncated * _d, _d));
                    _truncatedEnvs[truncated++] = i;
                }
                EncodeNext(i, step.Observations[i], started: ended);
                _anyMask |= ActionMasks.TryRead(step.Infos[i], step.Observations[i], _nextMasks.AsSpan(i * _a, _a));
            }
            _rewardScaler?.Apply(_rewards.AsSpan(row, _n), _ended);
            if (_observationNormalizer is not null)
            {
                _observationNormalizer.Apply(_finalObs, truncated, update: false);
                _observationNormalizer.Apply(_nextObs, _n, update: true);
            }
            // Truncated, not terminated: the return goes on past the cut, so bootstrap from the final observation's value.
            if (truncated > 0)
            {
                using var scope = torch.NewDisposeScope();
                var finals = TensorData.FromFloats(_finalObs.AsSpan(0, truncated * _d), truncated, _d);
                if (_s == 0)
                {
                    TensorData.CopyTo(_network.Value(finals), _bootstrap.AsSpan(0, truncated));
                }
                else
                {
                    // The final observation continues its episode: the state is the one this step left.
                    var rows = TensorData.FromInt64s([.. _truncatedEnvs.AsSpan(0, truncated).ToArray().Select(e => (long)e)], truncated);
                    var h = TensorData.FromFloats(_stateH, _n, _s).index_select(0, rows);
                    var c = TensorData.FromFloats(_stateC, _n, _s).index_select(0, rows);
                    TensorData.CopyTo(_network.Value(finals, h, c), _bootstrap.AsSpan(0, truncated));
                }
                for (int k = 0; k < truncated; k++)
                {
                    _rewards[row + _truncatedEnvs[k]] += (float)(_o.Gamma * _bootstrap[k]);
                }
            }
        }
    }

    // Zeroes the LSTM state of every environment whose episode starts now.
    private void ZeroStartedStates(ReadOnlySpan<float> starts)
    {
        for (int i = 0; i < _n; i++)
        {
            if (starts[i] != 0f)
            {
                _stateH.AsSpan(i * _s, _s).Clear();
                _stateC.AsSpan(i * _s, _s).Clear();
            }
        }
    }

    // An environment's next observation (stacked with its previous ones when frames are stacked; a new episode restarts the stack).
    private void EncodeNext(int env, TObs observation, bool started)
    {
        var row = _nextObs.AsSpan(env * _d, _d);
        if (_stacker is null)
        {
            _encoder.Encode(observation, row);
            return;
        }
        _encoder.Encode(observation, _frame);
        if (started)
        {
            _stacker.Reset(env, _frame);
        }
        else
        {
            _stacker.Push(env, _frame);
        }
        _stacker.Write(env, row);
    }

    // The last observation of an episode that was cut off, as the network would have seen it.
    private void EncodeFinal(int env, TObs observation, Span<float> destination)
    {
        if (_stacker is null)
        {
            _encoder.Encode(observation, destination);
            return;
        }
        _encoder.Encode(observation, _frame);
        _stacker.WriteWith(env, _frame, destination);
    }

    // 2. Generalised advantage estimation over the rollout, backwards in time.
    private void ComputeAdvantages()
    {
        _nextObs.AsSpan().CopyTo(MemoryMarshal.Cast<byte, float>(_input.bytes));
        var nextValues = _nextValues;
        using (var scope = torch.NewDisposeScope())
        {
            if (_s == 0)
            {
                TensorData.CopyTo(_network.Value(_input), nextValues);
            }
            else
            {
                var h = TensorData.FromFloats(_stateH, _n, _s) * TensorData.FromFloats(_nextStarts, _n, 1).neg().add(One, One);
                var c = TensorData.FromFloats(_stateC, _n, _s) * TensorData.FromFloats(_nextStarts, _n, 1).neg().add(One, One);
                TensorData.CopyTo(_network.Value(_input, h, c), nextValues);
            }
        }
        float gamma = (float)_o.Gamma, lambda = (float)_o.GaeLambda;
        for (int i = 0; i < _n; i++)
        {
            float lastAdvantage = 0;
            for (int t = _t - 1; t >= 0; t--)
            {
                int k = t * _n + i;
                float nonTerminal, next;
                if (t == _t - 1)
                {
                    nonTerminal = 1f - _nextStarts[i];
                    next = nextValues[i];
                }
                else
                {
                    nonTerminal = 1f - _starts[k + _n];
                    next = _values[k + _n];
                }
                float delta = _rewards[k] + gamma * next * nonTerminal - _values[k];
                lastAdvantage = delta + gamma * lambda * nonTerminal * lastAdvantage;
                _advantages[k] = lastAdvantage;
                _returns[k] = lastAdvantage + _values[k];
            }
        }
    }

    // 3. The clipped-objective update: epochs of shuffled minibatches.
    private (double PolicyLoss, double ValueLoss, double Entropy, double ApproxKl, double ClipFraction) Update()
    {
        int batch = _n * _t, minibatch = _o.MinibatchSize;
        using var scope = torch.NewDisposeScope();
        var bObs = TensorData.FromFloats(_obs, batch, _d);
        var bActions = TensorData.FromInt64s(_actions, batch, _h);
        var bLogProbs = TensorData.FromFloats(_logProbs, batch);
        var bAdvantages = TensorData.FromFloats(_advantages, batch);
        var bReturns = TensorData.FromFloats(_returns, batch);
        var bValues = TensorData.FromFloats(_values, batch);
        var bMasks = _anyMask ? TensorData.FromFloats(_masks, batch, _a).eq(Zero) : null;
        // With an LSTM core a minibatch is whole environments' sequences (CleanRL's ppo_atari_lstm): shuffle environments.
        bool recurrent = _s > 0;
        int envsPerMinibatch = recurrent ? _n / _o.Minibatches : 0;
        var order = new long[recurrent ? _n : batch];
        var rowsOf = recurrent ? new long[minibatch] : [];
        var bStarts = recurrent ? TensorData.FromFloats(_starts, batch, 1).neg().add(One, One) : null;
        var bStateH = recurrent ? TensorData.FromFloats(_rolloutH, _n, _s) : null;
        var bStateC = recurrent ? TensorData.FromFloats(_rolloutC, _n, _s) : null;
        var parameters = _network.parameters().ToArray();
        (double policy, double value, double entropy, double kl, double clipped, int count) sums = default;
        for (int epoch = 0; epoch < _o.UpdateEpochs; epoch++)
        {
            Shuffle(order);
            double epochKl = 0;
            for (int start = 0; start < batch; start += minibatch)
            {
                using var inner = torch.NewDisposeScope();
                Tensor index, logits, newValue;
                if (!recurrent)
                {
                    index = TensorData.FromInt64s(order.AsSpan(start, minibatch), minibatch);
                    (logits, newValue) = _network.forward(bObs.index_select(0, index));
                }
                else
                {
                    (index, logits, newValue) = Replay(order.AsSpan(start / _t, envsPerMinibatch), _t, _n, null, rowsOf, bObs, bStarts!, bStateH!, bStateC!);
                }
                if (bMasks is not null)
                {
                    logits = logits.masked_fill(bMasks.index_select(0, index), Masked);
                }
                var mbActions = bActions.index_select(0, index);
                Tensor newLogProb = torch.zeros(minibatch), entropy = torch.zeros(minibatch);
                int offset = 0;
                for (int h = 0; h < _h; h++)
                {
                    int choices = _decoder.Heads[h];
                    var headLogits = _h == 1 ? logits : logits.narrow(1, offset, choices);
                    var logP = nn.functional.log_softmax(headLogits, 1);
                    newLogProb = newLogProb.add(logP.gather(1, mbActions.narrow(1, h, 1)).squeeze(1), One);
                    entropy = entropy - (logP.exp() * logP).sum(1);
                    offset += choices;
                }
                var logRatio = newLogProb - bLogProbs.index_select(0, index);
                var ratio = logRatio.exp();
                using (torch.no_grad())
                {
                    epochKl = (ratio.sub(One) - logRatio).mean().item<float>();
                    sums.kl += epochKl;
                    sums.clipped += ratio.sub(One).abs().gt(_clip).to_type(ScalarType.Float32).mean().item<float>();
                }
                var mbAdvantages = bAdvantages.index_select(0, index);
                if (_o.NormalizeAdvantages)
                {
                    mbAdvantages = (mbAdvantages - mbAdvantages.mean()) / mbAdvantages.std().add(AdvantageEpsilon, One);
                }
                var policyLoss = torch.max(-mbAdvantages * ratio, -mbAdvantages * ratio.clamp(_clipLow, _clipHigh)).mean();
                var mbReturns = bReturns.index_select(0, index);
                Tensor valueLoss;
                if (_o.ClipValueLoss)
                {
                    var mbValues = bValues.index_select(0, index);
                    var unclipped = (newValue - mbReturns).pow(Two);
                    var clippedValue = mbValues.add((newValue - mbValues).clamp(_negativeClip, _clip), One);
                    valueLoss = torch.max(unclipped, (clippedValue - mbReturns).pow(Two)).mean().mul(Half);
                }
                else
                {
                    valueLoss = (newValue - mbReturns).pow(Two).mean().mul(Half);
                }
                var entropyMean = entropy.mean();
                var loss = (policyLoss - entropyMean.mul(_entropyCoefficient)).add(valueLoss.mul(_valueCoefficient), One);
                _optimizer.zero_grad();
                loss.backward();
                nn.utils.clip_grad_norm_(parameters, _o.MaxGradNorm);
                AdamStep.Apply(_optimizer);
                sums.policy += policyLoss.item<float>();
                sums.value += valueLoss.item<float>();
                sums.entropy += entropyMean.item<float>();
                sums.count++;
            }
            if (_o.TargetKl is double target && epochKl > target)
            {
                break;
            }
        }
        int n = Math.Max(sums.count, 1);
        return (sums.policy / n, sums.value / n, sums.entropy / n, sums.kl / n, sums.clipped / n);
    }

    // Truncated backpropagation through time over the rollout: the minibatch's environments are replayed step by step
    // from the state they had when the rollout began, zeroing it where an episode started, exactly as they were played.
    // Returns the rows of the batch in replay order ([step, env]) with their logits and values. A sequence ("lane") is
    // `steps` rows `stride` apart from its first row (the rollout's: env, _t, _n and the env itself; behaviour cloning's
    // are given in `firstRows`); `keep` [rows, 1] is 0 where an episode starts; the states [lane, unit] are the lanes' first.
    private (Tensor Index, Tensor Logits, Tensor Value) Replay(ReadOnlySpan<long> envs, int steps, int stride, long[]? firstRows, long[] rowsOf, Tensor bObs, Tensor keep, Tensor stateH, Tensor stateC)
    {
        int m = envs.Length;
        var envIndex = TensorData.FromInt64s(envs, m);
        var h = stateH.index_select(0, envIndex);
        var c = stateC.index_select(0, envIndex);
        var logits = new Tensor[steps];
        var values = new Tensor[steps];
        for (int t = 0; t < steps; t++)
        {
            for (int j = 0; j < m; j++)
            {
                rowsOf[t * m + j] = (firstRows?[envs[j]] ?? envs[j]) + (long)t * stride;
            }
        }
        // The encoder does not read the state: every step of the sequences goes through it in one batch, the core step by step.
        var index = TensorData.FromInt64s(rowsOf.AsSpan(0, steps * m), steps * m);
        var features = _network.Encode(bObs.index_select(0, index));
        var masks = keep.index_select(0, index);
        for (int t = 0; t < steps; t++)
        {
            var mask = masks.narrow(0, t * m, m);
            (logits[t], values[t], h, c) = _network.Core(features.narrow(0, t * m, m), h * mask, c * mask);
        }
        return (index, torch.cat(logits, 0), torch.cat(values, 0));
    }

    // Behaviour cloning's pass over its data ([step, env] rows, no gradient) in order, each environment's state carried
    // from step to step and zeroed where `keep` is 0: the state at the start of every sequence of `length` steps
    // ([env * sequences, unit], environment-major) and the logits of every row.
    private (Tensor H, Tensor C, Tensor Logits) SequencePass(Tensor bObs, Tensor keep, int n, int t, int length)
    {
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        var h = torch.zeros(n, _s);
        var c = torch.zeros(n, _s);
        var firstH = new Tensor[t / length];
        var firstC = new Tensor[t / length];
        var logits = new Tensor[t];
        Tensor features = h;
        for (int step = 0; step < t; step++)
        {
            if (step % length == 0)
            {
                (firstH[step / length], firstC[step / length]) = (h, c);
                features = _network.Encode(bObs.narrow(0, step * n, length * n));
            }
            var mask = keep.narrow(0, step * n, n);
            (logits[step], _, h, c) = _network.Core(features.narrow(0, step % length * n, n), h * mask, c * mask);
        }
        return (torch.stack(firstH, 1).reshape(-1, _s).MoveToOuterDisposeScope(), torch.stack(firstC, 1).reshape(-1, _s).MoveToOuterDisposeScope(),
            torch.cat(logits, 0).MoveToOuterDisposeScope());
    }

    /// <summary>
    /// For tests: collects a rollout without updating and replays every environment's sequence as the update does;
    /// returns the largest difference from the rollout's own log-probabilities and values (0 when the replay carries and
    /// resets the recurrent state exactly as the rollout did).
    /// </summary>
    internal (double LogProbability, double Value) ReplayError()
    {
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        CollectRollout(CancellationToken.None);
        int batch = _n * _t;
        var bObs = TensorData.FromFloats(_obs, batch, _d);
        long[] envs = [.. Enumerable.Range(0, _n).Select(i => (long)i)];
        Tensor index, logits, values;
        if (_s == 0)
        {
            index = TensorData.FromInt64s([.. Enumerable.Range(0, batch).Select(i => (long)i)], batch);
            (logits, values) = _network.forward(bObs);
        }
        else
        {
            (index, logits, values) = Replay(envs, _t, _n, null, new long[batch], bObs, TensorData.FromFloats(_starts, batch, 1).neg().add(One, One),
                TensorData.FromFloats(_rolloutH, _n, _s), TensorData.FromFloats(_rolloutC, _n, _s));
        }
        if (_anyMask)
        {
            logits = logits.masked_fill(TensorData.FromFloats(_masks, batch, _a).eq(Zero).index_select(0, index), Masked);
        }
        var actions = TensorData.FromInt64s(_actions, batch, _h).index_select(0, index);
        Tensor logProbability = torch.zeros(batch);
        int offset = 0;
        for (int h = 0; h < _h; h++)
        {
            int choices = _decoder.Heads[h];
            var logP = nn.functional.log_softmax(_h == 1 ? logits : logits.narrow(1, offset, choices), 1);
            logProbability = logProbability.add(logP.gather(1, actions.narrow(1, h, 1)).squeeze(1), One);
            offset += choices;
        }
        double logError = (logProbability - TensorData.FromFloats(_logProbs, batch).index_select(0, index)).abs().max().item<float>();
        double valueError = (values - TensorData.FromFloats(_values, batch).index_select(0, index)).abs().max().item<float>();
        return (logError, valueError);
    }

    // How much of the returns' variance the value function explains (1 is perfect, 0 no better than their mean).
    private double ExplainedVariance()
    {
        double meanReturn = 0, meanError = 0;
        for (int k = 0; k < _returns.Length; k++)
        {
            meanReturn += _returns[k];
            meanError += _returns[k] - _values[k];
        }
        meanReturn /= _returns.Length;
        meanError /= _returns.Length;
        double varReturn = 0, varError = 0;
        for (int k = 0; k < _returns.Length; k++)
        {
            varReturn += Math.Pow(_returns[k] - meanReturn, 2);
            varError += Math.Pow(_returns[k] - _values[k] - meanError, 2);
        }
        return varReturn == 0 ? double.NaN : 1 - varError / varReturn;
    }

    // A Fisher-Yates permutation of 0..n-1 drawn from the learner's generator.
    private void Shuffle(long[] order)
    {
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = _rng.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    private void RecordEpisode(double episodeReturn, int length)
    {
        _recent.Enqueue((episodeReturn, length));
        while (_recent.Count > 100)
        {
            _recent.Dequeue();
        }
    }

    public PpoEvaluation Evaluate(int episodes, ulong seed)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfLessThan(episodes, 1);
        if (_evaluationEnvs is null || _evaluationEnvs.Count != episodes)
        {
            _evaluationEnvs?.Dispose();
            _evaluationEnvs = _makeEvaluationEnvs(episodes);
        }
        using var policy = new PolicyActor<TObs, TAction>(_network, _encoder, _decoder, _observationNormalizer, episodes, ownsNetwork: false);
        policy.BeginEpisodes();
        return PolicyEvaluation.Run(_evaluationEnvs, policy, seed);
    }

    public void Save(string path)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        PpoCheckpoint.Write(path, _run, _network, _observationNormalizer, new PpoTrainingState(_o, Steps, Iterations, _rng.GetState(), _rewardScaler?.Statistics), _optimizer);
    }

    /// <summary>Saves the policy alone (for best.ckpt), without the optimiser.</summary>
    public void SavePolicy(string path)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        PpoCheckpoint.Write(path, _run, _network, _observationNormalizer, null, null);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _evaluationEnvs?.Dispose();
        _envs.Dispose();
        _input.Dispose();
        _optimizer.Dispose();
        _network.Dispose();
        foreach (var scalar in new[] { _clip, _clipLow, _clipHigh, _negativeClip, _entropyCoefficient, _valueCoefficient })
        {
            scalar.Dispose();
        }
    }
}
