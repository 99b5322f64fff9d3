using System.Globalization;
using RlGym.Core;

namespace RlGym.Testing.Properties;

/// <summary>
/// What a check did to an environment, so a failure message reads
/// <c>seed 42, actions [3, 0, Reset(), 2] -> Step(2) returned ...</c> and names the call that broke the rule.
/// </summary>
internal sealed class Trace
{
    private readonly List<string> _steps = [];
    private readonly List<string> _actions = [];

    /// <summary>The seed of the first reset, if it had one.</summary>
    public ulong? Seed { get; private set; }

    /// <summary>The call in progress or last made, such as <c>Step(2)</c>.</summary>
    public string Call { get; private set; } = "the first call";

    /// <summary>How many actions were stepped.</summary>
    public int ActionCount => _actions.Count;

    /// <summary>Records a reset about to be made.</summary>
    public void Reset(ulong? seed, EnvOptions? options)
    {
        string args = seed is ulong s ? $"seed: {s.ToString(CultureInfo.InvariantCulture)}" : "";
        if (options is not null)
        {
            args += (args.Length == 0 ? "" : ", ") + $"options: {{{string.Join(", ", options.Select(kv => $"{kv.Key}: {kv.Value}"))}}}";
        }
        Call = $"Reset({args})";
        if (_steps.Count == 0 && Seed is null && seed is not null)
        {
            Seed = seed;
        }
        else
        {
            _steps.Add(Call);
        }
    }

    /// <summary>Records a step about to be made with the formatted <paramref name="action"/>.</summary>
    public void Step(string action)
    {
        Call = $"Step({action})";
        _steps.Add(action);
        _actions.Add(action);
    }

    /// <summary>Records another call about to be made, such as <c>Render()</c>.</summary>
    public void Note(string call) => Call = call;

    /// <summary>The failure message: what was done, then the problem.</summary>
    public string Describe(string problem) =>
        $"seed {(Seed is ulong s ? s.ToString(CultureInfo.InvariantCulture) : "none")}, actions [{string.Join(", ", _steps)}] -> {problem}";

    /// <summary>The seed and actions as a counterexample.</summary>
    public Counterexample ToCounterexample() => new(Seed ?? 0, [.. _actions]);
}
