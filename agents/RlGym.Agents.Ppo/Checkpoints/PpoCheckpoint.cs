using RlGym.Agents.Ppo.Encoding;
using RlGym.Agents.Ppo.Networks;
using RlGym.Agents.Ppo.Normalization;
using RlGym.Core.Checkpoints;
using RlGym.Core.Random;
using RlGym.Torch;
using TorchSharp;
using TorchSharp.Modules;
using RlGym.Core.Wrappers;

namespace RlGym.Agents.Ppo.Checkpoints;

/// <summary>
/// A <c>ppo-policy</c> checkpoint (written atomically by <see cref="CheckpointFile"/>): the environment trained in
/// (id, options, wrappers), the network's shape and weights, the observation statistics, and optionally the training
/// state for <c>--resume</c> (hyperparameters, step and iteration counts, generator, reward statistics, Adam's state).
/// </summary>
internal sealed class PpoCheckpoint : IDisposable
{
    /// <summary>The checkpoint kind.</summary>
    public const string Kind = "ppo-policy";

    // Version 2 added the LSTM flag (shape and options); version 1 files are read as without one.
    private const int PayloadVersion = 2;

    private PpoCheckpoint(string source, PpoRunInfo run, PolicyShape shape, RunningMeanStd? observationStatistics, PolicyNetwork network, PpoTrainingState? training, byte[]? optimizer)
    {
        Source = source;
        Run = run;
        Shape = shape;
        ObservationStatistics = observationStatistics;
        Network = network;
        Training = training;
        OptimizerState = optimizer;
    }

    /// <summary>The file read.</summary>
    public string Source { get; }

    /// <summary>The environment trained in.</summary>
    public PpoRunInfo Run { get; }

    /// <summary>The network's shape.</summary>
    public PolicyShape Shape { get; }

    /// <summary>The observation normaliser's statistics, when observations were normalised.</summary>
    public RunningMeanStd? ObservationStatistics { get; }

    /// <summary>The network, weights loaded.</summary>
    public PolicyNetwork Network { get; }

    /// <summary>The training state, when the checkpoint has one.</summary>
    public PpoTrainingState? Training { get; }

    private byte[]? OptimizerState { get; }

    /// <summary>Writes a checkpoint atomically; <paramref name="training"/> and <paramref name="optimizer"/> are null for a policy alone.</summary>
    public static void Write(string path, PpoRunInfo run, PolicyNetwork network, ObservationNormalizer? normalizer, PpoTrainingState? training, Adam? optimizer)
    {
        byte[]? optimizerBytes = null;
        if (optimizer is not null)
        {
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                optimizer.save_state_dict(writer);
            }
            optimizerBytes = buffer.ToArray();
        }
        CheckpointFile.Write(path, Kind, writer =>
        {
            writer.Write(PayloadVersion);
            writer.Write(run.EnvironmentId);
            WriteStrings(writer, run.Options);
            WriteStrings(writer, run.Wrappers);
            writer.Write(run.Role ?? "");
            writer.Write(run.Opponent ?? "");
            var shape = network.Shape;
            writer.Write(shape.Segments.Count);
            foreach (var s in shape.Segments)
            {
                writer.Write(s.Name);
                writer.Write(s.Offset);
                writer.Write(s.Length);
                writer.Write(s.Channels);
                writer.Write(s.Height);
                writer.Write(s.Width);
                writer.Write(s.Vocabulary);
            }
            writer.Write(shape.Heads.Length);
            foreach (int head in shape.Heads)
            {
                writer.Write(head);
            }
            writer.Write(shape.Hidden);
            writer.Write(shape.FrameStack);
            writer.Write(shape.Lstm);
            writer.Write(normalizer is not null);
            if (normalizer is not null)
            {
                WriteStatistics(writer, normalizer.Statistics);
            }
            ModuleState.Write(writer, network);
            writer.Write(training is not null);
            if (training is not null)
            {
                WriteOptions(writer, training.Options);
                writer.Write(training.Steps);
                writer.Write(training.Iterations);
                training.Generator.Write(writer);
                writer.Write(training.RewardStatistics is not null);
                if (training.RewardStatistics is { } rewardStatistics)
                {
                    WriteStatistics(writer, rewardStatistics);
                }
                writer.Write(optimizerBytes?.Length ?? 0);
                writer.Write(optimizerBytes ?? []);
            }
        });
    }

    /// <summary>Reads a checkpoint and builds its network.</summary>
    /// <exception cref="FileNotFoundException">When the file does not exist.</exception>
    /// <exception cref="InvalidDataException">When it is not a ppo-policy checkpoint, or is damaged; the message names the file.</exception>
    public static PpoCheckpoint Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidDataException($"'{path}' is a folder; expected a ppo-policy checkpoint file (such as {path.TrimEnd('/')}/policy.ckpt).");
        }
        TorchRuntime.EnsureLoaded();
        return CheckpointFile.Read(path, Kind, reader =>
        {
            int version = reader.ReadInt32();
            if (version is < 1 or > PayloadVersion)
            {
                throw new InvalidDataException($"'{path}' is a ppo-policy of payload version {version}; this RlGym reads versions 1 to {PayloadVersion}.");
            }
            var run = new PpoRunInfo(reader.ReadString(), ReadStrings(reader, path), ReadStrings(reader, path));
            string role = reader.ReadString(), opponent = reader.ReadString();
            run = run with { Role = role.Length == 0 ? null : role, Opponent = opponent.Length == 0 ? null : opponent };
            int segmentCount = Bounded(reader.ReadInt32(), 10_000, "observation parts", path);
            var segments = new ObservationSegment[segmentCount];
            for (int i = 0; i < segmentCount; i++)
            {
                segments[i] = new ObservationSegment(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            }
            var heads = new int[Bounded(reader.ReadInt32(), 100_000, "action heads", path)];
            for (int i = 0; i < heads.Length; i++)
            {
                heads[i] = Bounded(reader.ReadInt32(), 1_000_000, "choices in an action head", path);
            }
            int hidden = Bounded(reader.ReadInt32(), 4096, "hidden units", path);
            int stacked = Bounded(reader.ReadInt32(), 64, "stacked frames", path);
            var shape = new PolicyShape(segments, heads, hidden, stacked, version >= 2 && reader.ReadBoolean());
            var statistics = reader.ReadBoolean() ? ReadStatistics(reader, path) : null;
            var network = PolicyNetwork.Create(shape);
            try
            {
                ModuleState.Read(reader, network, path);
                PpoTrainingState? training = null;
                byte[]? optimizer = null;
                if (reader.ReadBoolean())
                {
                    var options = ReadOptions(reader, version);
                    long steps = reader.ReadInt64();
                    int iterations = reader.ReadInt32();
                    var generator = RngState.Read(reader);
                    var rewards = reader.ReadBoolean() ? ReadStatistics(reader, path) : null;
                    optimizer = reader.ReadBytes(Bounded(reader.ReadInt32(), int.MaxValue, "optimiser bytes", path));
                    training = new PpoTrainingState(options, steps, iterations, generator, rewards);
                }
                return new PpoCheckpoint(path, run, shape, statistics, network, training, optimizer);
            }
            catch
            {
                network.Dispose();
                throw;
            }
        });
    }

    /// <summary>Copies the weights into <paramref name="network"/> and restores the optimiser's state into <paramref name="optimizer"/>.</summary>
    /// <exception cref="InvalidDataException">When the stored optimiser state does not fit.</exception>
    public void LoadInto(PolicyNetwork network, Adam optimizer)
    {
        using (torch.no_grad())
        {
            var source = Network.state_dict();
            foreach (var (name, target) in network.state_dict())
            {
                target.copy_(source[name]);
            }
        }
        if (OptimizerState is { Length: > 0 } bytes)
        {
            try
            {
                using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
                optimizer.load_state_dict(reader);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or EndOfStreamException or System.Runtime.InteropServices.ExternalException)
            {
                throw new InvalidDataException($"'{Source}' holds an optimiser state that does not fit this policy: {e.Message}", e);
            }
        }
    }

    public void Dispose() => Network.Dispose();

    private static void WriteOptions(BinaryWriter writer, PpoOptions o)
    {
        writer.Write(o.LearningRate);
        writer.Write(o.AnnealLearningRate);
        writer.Write(o.Gamma);
        writer.Write(o.GaeLambda);
        writer.Write(o.ClipCoefficient);
        writer.Write(o.ClipValueLoss);
        writer.Write(o.EntropyCoefficient);
        writer.Write(o.ValueCoefficient);
        writer.Write(o.UpdateEpochs);
        writer.Write(o.Minibatches);
        writer.Write(o.MaxGradNorm);
        writer.Write(o.Envs);
        writer.Write(o.RolloutLength);
        writer.Write(o.NormalizeAdvantages);
        writer.Write(o.TargetKl ?? double.NaN);
        writer.Write(o.Hidden);
        writer.Write(o.NormalizeObservations);
        writer.Write(o.NormalizeRewards);
        writer.Write(o.TotalSteps);
        writer.Write(o.Seed);
        writer.Write(o.FrameStack);
        writer.Write(o.Lstm);
    }

    private static PpoOptions ReadOptions(BinaryReader reader, int version)
    {
        var o = new PpoOptions
        {
            LearningRate = reader.ReadDouble(),
            AnnealLearningRate = reader.ReadBoolean(),
            Gamma = reader.ReadDouble(),
            GaeLambda = reader.ReadDouble(),
            ClipCoefficient = reader.ReadDouble(),
            ClipValueLoss = reader.ReadBoolean(),
            EntropyCoefficient = reader.ReadDouble(),
            ValueCoefficient = reader.ReadDouble(),
            UpdateEpochs = reader.ReadInt32(),
            Minibatches = reader.ReadInt32(),
            MaxGradNorm = reader.ReadDouble(),
            Envs = reader.ReadInt32(),
            RolloutLength = reader.ReadInt32(),
            NormalizeAdvantages = reader.ReadBoolean(),
        };
        double kl = reader.ReadDouble();
        return o with
        {
            TargetKl = double.IsNaN(kl) ? null : kl,
            Hidden = reader.ReadInt32(),
            NormalizeObservations = reader.ReadBoolean(),
            NormalizeRewards = reader.ReadBoolean(),
            TotalSteps = reader.ReadInt64(),
            Seed = reader.ReadUInt64(),
            FrameStack = reader.ReadInt32(),
            Lstm = version >= 2 && reader.ReadBoolean(),
        };
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> items)
    {
        writer.Write(items.Count);
        foreach (string item in items)
        {
            writer.Write(item);
        }
    }

    private static string[] ReadStrings(BinaryReader reader, string path)
    {
        var items = new string[Bounded(reader.ReadInt32(), 10_000, "strings", path)];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = reader.ReadString();
        }
        return items;
    }

    private static int Bounded(int value, int max, string what, string path) =>
        value >= 0 && value <= max ? value : throw new InvalidDataException($"'{path}' stores {value} {what}; it is damaged.");

    /// <summary>Writes normalisation statistics: size, count, the means, then the variances.</summary>
    private static void WriteStatistics(BinaryWriter writer, RunningMeanStd statistics)
    {
        var state = statistics.State;
        writer.Write(statistics.Size);
        writer.Write(state.Count);
        foreach (double m in state.Mean)
        {
            writer.Write(m);
        }
        foreach (double v in state.Variance)
        {
            writer.Write(v);
        }
    }

    /// <summary>Reads statistics written by <see cref="WriteStatistics"/>.</summary>
    /// <exception cref="InvalidDataException">When the stored size or a number is out of range.</exception>
    private static RunningMeanStd ReadStatistics(BinaryReader reader, string path)
    {
        int size = Bounded(reader.ReadInt32(), 100_000_000, "normalisation statistics items", path);
        if (size == 0)
        {
            throw new InvalidDataException($"'{path}' stores empty normalisation statistics; it is damaged.");
        }
        double count = reader.ReadDouble();
        var mean = new double[size];
        var variance = new double[size];
        for (int i = 0; i < size; i++)
        {
            mean[i] = reader.ReadDouble();
        }
        for (int i = 0; i < size; i++)
        {
            variance[i] = reader.ReadDouble();
        }
        if (!double.IsFinite(count) || mean.Any(v => !double.IsFinite(v)) || variance.Any(v => !double.IsFinite(v)))
        {
            throw new InvalidDataException($"'{path}' stores normalisation statistics that are not finite.");
        }
        var statistics = new RunningMeanStd(size);
        try
        {
            statistics.Restore(new RunningMeanStdState(count, mean, variance));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"'{path}' stores normalisation statistics that cannot be used: {e.Message}", e);
        }
        return statistics;
    }
}
