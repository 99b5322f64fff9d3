using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace RlGym.Cli.Commands;

/// <summary>Makes the arguments and options several commands share (each command gets its own instances).</summary>
internal static class CommonOptions
{
    public static Argument<string> Environment() => new("ENV") { Description = "The environment id, such as CatMouse-v0 (see rlgym list)" };

    public static Option<bool> Json() => new("--json") { Description = "Print a machine-readable JSON document instead of text" };

    public static Option<string[]> EnvOptions() => new("--option")
    {
        Description = "An environment option as key=value (repeatable; several pairs may be separated by commas)",
        HelpName = "KEY=VALUE",
    };

    /// <summary><c>--record DIR</c>: the environment's <c>record_dir</c> option (NetHack writes ttyrec files, Doom animated GIFs).</summary>
    public static Option<string?> Record() => new("--record")
    {
        Description = "Record every episode into DIR, for environments that record (NetHack: ttyrec files; Doom: animated GIFs)",
        HelpName = "DIR",
    };

    /// <summary>The environment options from <c>--option</c> items, with <c>record_dir</c> set when <c>--record</c> was given.</summary>
    public static Core.EnvOptions EnvironmentOptions(string[] items, string? record) =>
        record is null ? Core.EnvOptions.Parse(items) : Core.EnvOptions.Parse(items).With("record_dir", record);

    /// <summary>An optional seed: a whole number from 0 to 2^64-1.</summary>
    public static Option<ulong?> Seed(string description) => new("--seed")
    {
        Description = description,
        HelpName = "S",
        CustomParser = result => ulong.TryParse(Token(result), NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed)
            ? seed
            : Fail<ulong?>(result, "--seed", $"a whole number from 0 to {ulong.MaxValue}"),
    };

    /// <summary>
    /// An integer option from 1 to <paramref name="max"/>: sizes are checked when the command line is read, before
    /// anything is allocated, and the help shows the range.
    /// </summary>
    public static Option<int> Count(string name, int fallback, string description, string helpName, int max = int.MaxValue) => new(name)
    {
        Description = max == int.MaxValue ? description : string.Create(CultureInfo.InvariantCulture, $"{description} (1 to {max})"),
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => int.TryParse(Token(result), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= 1 && value <= max
            ? value
            : Fail<int>(result, name, max == int.MaxValue ? "a whole number of at least 1" : string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {max}")),
    };

    /// <summary>An optional integer option from 1 to <paramref name="max"/> (null when absent), checked when the command line is read.</summary>
    public static Option<int?> OptionalCount(string name, int max, string description, string helpName) => new(name)
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"{description} (1 to {max})"),
        HelpName = helpName,
        CustomParser = result => int.TryParse(Token(result), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= 1 && value <= max
            ? value
            : Fail<int?>(result, name, string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {max}")),
    };

    /// <summary>A number of seconds above 0 and at most a day.</summary>
    public static Option<double> Seconds(string name, double fallback, string description) => new(name)
    {
        Description = description,
        HelpName = "S",
        DefaultValueFactory = _ => fallback,
        CustomParser = result => double.TryParse(Token(result), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value > 0 && value <= 86_400
            ? value
            : Fail<double>(result, name, "a number of seconds above 0 and at most 86400"),
    };

    private static string Token(ArgumentResult result) => result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;

    private static T Fail<T>(ArgumentResult result, string name, string expected)
    {
        result.AddError($"Option '{name}' is '{Token(result)}'; expected {expected}.");
        return default!;
    }
}
