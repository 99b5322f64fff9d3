using RlGym.Core.MultiAgent;
using RlGym.Core.Vector;
using RlGym.Core.Wrappers;

namespace RlGym.Core.Registry;

/// <summary>
/// Maps environment ids to factories (Gymnasium's registry). <see cref="Make{TObs,TAction}"/> wraps what the
/// factory builds as Gymnasium does: PassiveEnvChecker innermost, then OrderEnforcing, then TimeLimit.
/// An id without a version (<c>CatMouse</c>, <c>Doom/Basic</c>) means the latest registered version, as in Gymnasium's
/// <c>make</c>. Instances are thread-safe; the CLI builds one from code, DI registrations and plugins.
/// </summary>
public sealed class EnvRegistry
{
    /// <summary>The option <c>Make</c> reads (and removes) to override the spec's time limit.</summary>
    public const string MaxEpisodeStepsOption = "max_episode_steps";

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The ids registered, sorted.</summary>
    public IReadOnlyList<string> Ids
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The specs registered, sorted by id.</summary>
    public IReadOnlyList<EnvSpec> Specs
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Values.Select(e => e.Spec).OrderBy(s => s.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Registers a factory for <paramref name="spec"/>.</summary>
    /// <exception cref="ArgumentException">When the id is already registered.</exception>
    public void Register(EnvSpec spec, IEnvironmentFactory factory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(factory);
        lock (_gate)
        {
            if (!_entries.TryAdd(spec.Id, new Entry(spec, factory)))
            {
                throw new ArgumentException($"Environment '{spec.Id}' is already registered.", nameof(spec));
            }
        }
    }

    /// <summary>Registers a single-agent environment built by <paramref name="create"/>.</summary>
    public void Register<TObs, TAction>(EnvSpec spec, Func<EnvContext, IEnvironment<TObs, TAction>> create) =>
        Register(spec, new SingleAgentFactory<TObs, TAction>(create));

    /// <summary>Registers a multi-agent environment built by <paramref name="create"/>.</summary>
    public void RegisterParallel<TObs, TAction>(EnvSpec spec, Func<EnvContext, IParallelEnvironment<TObs, TAction>> create) =>
        Register(spec with { MultiAgent = true }, new ParallelFactory<TObs, TAction>(create));

    /// <summary>
    /// Registers a native vector implementation (for example a batched structure-of-arrays one) that
    /// <see cref="MakeVector{TObs,TAction}"/> uses in place of N separate copies.
    /// </summary>
    /// <exception cref="ArgumentException">When the id is not registered yet.</exception>
    public void RegisterVector<TObs, TAction>(string id, Func<VectorContext, IVectorEnvironment<TObs, TAction>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_gate)
        {
            var entry = Find(id);
            entry.Vector = create;
        }
    }

    /// <summary>True when <paramref name="id"/> is registered, or is an unversioned id of which some version is.</summary>
    public bool Contains(string id)
    {
        lock (_gate)
        {
            return _entries.ContainsKey(id) || Latest(id) is not null;
        }
    }

    /// <summary>The spec registered under <paramref name="id"/>.</summary>
    /// <exception cref="UnknownEnvironmentException">When no such id is registered.</exception>
    public EnvSpec Spec(string id)
    {
        lock (_gate)
        {
            return Find(id).Spec;
        }
    }

    /// <summary>
    /// Makes the environment <paramref name="id"/> and hands it, wrapped, to <paramref name="visitor"/>: the way
    /// to handle any registered environment with its static types.
    /// </summary>
    /// <exception cref="UnknownEnvironmentException">When no such id is registered.</exception>
    /// <exception cref="ArgumentException">When an option is unknown or malformed.</exception>
    public TResult Make<TResult>(string id, IEnvironmentVisitor<TResult> visitor, EnvOptions? options = null, RenderMode renderMode = RenderMode.None)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        Entry entry;
        lock (_gate)
        {
            entry = Find(id);
        }
        EnvOptions merged = entry.Spec.DefaultOptions.With(options);
        int? maxSteps = entry.Spec.MaxEpisodeSteps;
        if (merged.ContainsKey(MaxEpisodeStepsOption))
        {
            maxSteps = merged.GetInt(MaxEpisodeStepsOption, 0, min: 1);
            merged = merged.Without(MaxEpisodeStepsOption);
        }
        var context = new EnvContext(entry.Spec, merged, renderMode);
        return entry.Factory.Create(context, new WrappingVisitor<TResult>(entry.Spec, maxSteps, visitor));
    }

    /// <summary>Makes a single-agent environment with the given types, wrapped as Gymnasium's <c>make</c> does.</summary>
    /// <exception cref="UnknownEnvironmentException">When no such id is registered.</exception>
    /// <exception cref="ArgumentException">When the environment's types are not the ones asked for, or an option is bad.</exception>
    public IEnvironment<TObs, TAction> Make<TObs, TAction>(string id, EnvOptions? options = null, RenderMode renderMode = RenderMode.None) =>
        Make(id, new TypedVisitor<TObs, TAction>(id), options, renderMode);

    /// <summary>Makes a multi-agent environment with the given types.</summary>
    /// <exception cref="UnknownEnvironmentException">When no such id is registered.</exception>
    /// <exception cref="ArgumentException">When the environment's types are not the ones asked for, or an option is bad.</exception>
    public IParallelEnvironment<TObs, TAction> MakeParallel<TObs, TAction>(string id, EnvOptions? options = null, RenderMode renderMode = RenderMode.None) =>
        Make(id, new TypedParallelVisitor<TObs, TAction>(id), options, renderMode);

    /// <summary>
    /// Makes <paramref name="count"/> copies of <paramref name="id"/> stepped together. Uses the registered
    /// native vector implementation when there is one and <paramref name="mode"/> allows it; otherwise
    /// synchronous or thread-parallel copies made by <see cref="Make{TObs,TAction}"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> is not positive.</exception>
    public IVectorEnvironment<TObs, TAction> MakeVector<TObs, TAction>(
        string id, int count, EnvOptions? options = null, VectorMode mode = VectorMode.Auto, AutoresetMode autoreset = AutoresetMode.NextStep)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Entry entry;
        lock (_gate)
        {
            entry = Find(id);
        }
        if (mode is VectorMode.Auto or VectorMode.Native && entry.Vector is Func<VectorContext, IVectorEnvironment<TObs, TAction>> native)
        {
            EnvOptions merged = entry.Spec.DefaultOptions.With(options);
            int? maxSteps = merged.ContainsKey(MaxEpisodeStepsOption) ? merged.GetInt(MaxEpisodeStepsOption, 0, min: 1) : entry.Spec.MaxEpisodeSteps;
            return native(new VectorContext(entry.Spec, merged.Without(MaxEpisodeStepsOption), count, maxSteps, autoreset));
        }
        if (mode == VectorMode.Native)
        {
            throw new ArgumentException($"Environment '{id}' has no native vector implementation; use VectorMode.Sync or VectorMode.Threaded.", nameof(mode));
        }
        var envs = new IEnvironment<TObs, TAction>[count];
        try
        {
            for (int i = 0; i < count; i++)
            {
                envs[i] = Make<TObs, TAction>(id, options);
            }
        }
        catch
        {
            foreach (var env in envs)
            {
                env?.Dispose();
            }
            throw;
        }
        return mode == VectorMode.Threaded
            ? new ThreadedVectorEnvironment<TObs, TAction>(envs, autoreset)
            : new SyncVectorEnvironment<TObs, TAction>(envs, autoreset);
    }

    /// <summary>
    /// Makes <paramref name="count"/> copies of <paramref name="id"/> (by <see cref="Make{TObs,TAction}"/>) that step
    /// independently, each on its own thread (EnvPool's asynchronous API): send actions to some copies, receive the
    /// first <paramref name="batchSize"/> that finish. See <see cref="AsyncVectorEnvironment.Create{TObs,TAction}"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> or <paramref name="batchSize"/> is out of range.</exception>
    /// <exception cref="UnknownEnvironmentException">When no such id is registered.</exception>
    /// <exception cref="ArgumentException">When the types or an option are wrong, or bytes are asked for and the environment has no allocation-free step.</exception>
    public IAsyncVectorEnvironment<TObs, TAction> MakeAsyncVector<TObs, TAction>(
        string id, int count, int batchSize, EnvOptions? options = null, AutoresetMode autoreset = AutoresetMode.NextStep, bool observationBytes = false)
    {
        lock (_gate)
        {
            Find(id);
        }
        return AsyncVectorEnvironment.Create(count, _ => Make<TObs, TAction>(id, options), batchSize, autoreset, observationBytes);
    }

    private Entry Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_entries.TryGetValue(id, out var entry) || (entry = Latest(id)) is not null)
        {
            return entry;
        }
        string? versionHint = null;
        try
        {
            var asked = new EnvSpec(id);
            var versions = _entries.Values.Where(e => e.Spec.Namespace == asked.Namespace && e.Spec.Name == asked.Name).Select(e => e.Spec.Id).ToList();
            if (versions.Count > 0)
            {
                versionHint = $" (version {asked.Version} does not exist; registered versions: {string.Join(", ", versions)})";
            }
        }
        catch (ArgumentException)
        {
            // Not even a well-formed id: suggestions still help.
        }
        throw new UnknownEnvironmentException(id, Suggest.Closest(id, _entries.Keys, 3), versionHint);
    }

    // Gymnasium's make: an id without "-vN" means the latest registered version of that name.
    private Entry? Latest(string id)
    {
        Entry? latest = null;
        foreach (var entry in _entries.Values)
        {
            var spec = entry.Spec;
            string unversioned = spec.Namespace is null ? spec.Name : $"{spec.Namespace}/{spec.Name}";
            if (string.Equals(unversioned, id, StringComparison.Ordinal) && (latest is null || spec.Version > latest.Spec.Version))
            {
                latest = entry;
            }
        }
        return latest;
    }

    private sealed class Entry(EnvSpec spec, IEnvironmentFactory factory)
    {
        public EnvSpec Spec { get; } = spec;

        public IEnvironmentFactory Factory { get; } = factory;

        public Delegate? Vector { get; set; }
    }

    private sealed class SingleAgentFactory<TObs, TAction>(Func<EnvContext, IEnvironment<TObs, TAction>> create) : IEnvironmentFactory
    {
        public TResult Create<TResult>(EnvContext context, IEnvironmentVisitor<TResult> visitor) => visitor.Visit(create(context));
    }

    private sealed class ParallelFactory<TObs, TAction>(Func<EnvContext, IParallelEnvironment<TObs, TAction>> create) : IEnvironmentFactory
    {
        public TResult Create<TResult>(EnvContext context, IEnvironmentVisitor<TResult> visitor) => visitor.VisitParallel(create(context));
    }

    private sealed class WrappingVisitor<TResult>(EnvSpec spec, int? maxSteps, IEnvironmentVisitor<TResult> inner) : IEnvironmentVisitor<TResult>
    {
        public TResult Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            IEnvironment<TObs, TAction> wrapped = environment;
            if (!spec.DisableEnvChecker)
            {
                wrapped = new PassiveEnvChecker<TObs, TAction>(wrapped);
            }
            if (spec.OrderEnforce)
            {
                wrapped = new OrderEnforcing<TObs, TAction>(wrapped);
            }
            if (maxSteps is int limit)
            {
                wrapped = new TimeLimit<TObs, TAction>(wrapped, limit);
            }
            if (wrapped is Wrapper<TObs, TAction> outermost)
            {
                outermost.SpecOverride = spec;
                return inner.Visit(wrapped);
            }
            return inner.Visit(new SpecCarrier<TObs, TAction>(wrapped, spec));
        }

        public TResult VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment) => inner.VisitParallel(environment);
    }

    private sealed class SpecCarrier<TObs, TAction> : Wrapper<TObs, TAction>
    {
        public SpecCarrier(IEnvironment<TObs, TAction> inner, EnvSpec spec) : base(inner) => SpecOverride = spec;
    }

    private sealed class TypedVisitor<TObs, TAction>(string id) : IEnvironmentVisitor<IEnvironment<TObs, TAction>>
    {
        public IEnvironment<TObs, TAction> Visit<TO, TA>(IEnvironment<TO, TA> environment)
        {
            if (environment is IEnvironment<TObs, TAction> typed)
            {
                return typed;
            }
            environment.Dispose();
            throw new ArgumentException($"Environment '{id}' has observations of type {typeof(TO).Name} and actions of type {typeof(TA).Name}, not {typeof(TObs).Name} and {typeof(TAction).Name}.");
        }

        public IEnvironment<TObs, TAction> VisitParallel<TO, TA>(IParallelEnvironment<TO, TA> environment)
        {
            environment.Dispose();
            throw new ArgumentException($"Environment '{id}' is multi-agent; make it with MakeParallel.");
        }
    }

    private sealed class TypedParallelVisitor<TObs, TAction>(string id) : IEnvironmentVisitor<IParallelEnvironment<TObs, TAction>>
    {
        public IParallelEnvironment<TObs, TAction> Visit<TO, TA>(IEnvironment<TO, TA> environment)
        {
            environment.Dispose();
            throw new ArgumentException($"Environment '{id}' is single-agent; make it with Make.");
        }

        public IParallelEnvironment<TObs, TAction> VisitParallel<TO, TA>(IParallelEnvironment<TO, TA> environment)
        {
            if (environment is IParallelEnvironment<TObs, TAction> typed)
            {
                return typed;
            }
            environment.Dispose();
            throw new ArgumentException($"Environment '{id}' has observations of type {typeof(TO).Name} and actions of type {typeof(TA).Name}, not {typeof(TObs).Name} and {typeof(TAction).Name}.");
        }
    }
}
