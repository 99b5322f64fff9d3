using System.Globalization;

namespace RlGym.Cli.Play;

/// <summary>
/// Reads an action a person typed: a number for integer and real actions, true/false, or numbers separated by
/// spaces or commas (brackets allowed) for array actions.
/// </summary>
internal static class ActionText
{
    private static readonly char[] Separators = [' ', ',', '\t'];

    /// <summary>True when actions of type <typeparamref name="TAction"/> can be typed.</summary>
    public static bool CanParse<TAction>() => IsScalar(typeof(TAction)) || (typeof(TAction).IsArray && IsScalar(typeof(TAction).GetElementType()!));

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was expected.</summary>
    public static bool TryParse<TAction>(string text, out TAction action, out string error)
    {
        action = default!;
        var type = typeof(TAction);
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            string[] parts = text.Trim().TrimStart('[').TrimEnd(']').Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            var array = Array.CreateInstance(element, parts.Length);
            for (int i = 0; i < parts.Length; i++)
            {
                if (!TryScalar(element, parts[i], out object? value))
                {
                    error = $"'{parts[i]}' is not a {Describe(element)}; type {parts.Length} of them separated by spaces.";
                    return false;
                }
                array.SetValue(value, i);
            }
            action = (TAction)(object)array;
            error = "";
            return true;
        }
        if (TryScalar(type, text.Trim(), out object? scalar))
        {
            action = (TAction)scalar!;
            error = "";
            return true;
        }
        error = $"'{text.Trim()}' is not a {Describe(type)}.";
        return false;
    }

    private static bool IsScalar(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(byte) || type == typeof(float) || type == typeof(double) || type == typeof(bool);

    private static bool TryScalar(Type type, string text, out object? value)
    {
        var culture = CultureInfo.InvariantCulture;
        value = null;
        if (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, culture, out int i))
        {
            value = i;
        }
        else if (type == typeof(long) && long.TryParse(text, NumberStyles.Integer, culture, out long l))
        {
            value = l;
        }
        else if (type == typeof(byte) && byte.TryParse(text, NumberStyles.Integer, culture, out byte b))
        {
            value = b;
        }
        else if (type == typeof(float) && float.TryParse(text, NumberStyles.Float, culture, out float f))
        {
            value = f;
        }
        else if (type == typeof(double) && double.TryParse(text, NumberStyles.Float, culture, out double d))
        {
            value = d;
        }
        else if (type == typeof(bool) && bool.TryParse(text, out bool flag))
        {
            value = flag;
        }
        return value is not null;
    }

    private static string Describe(Type type) =>
        type == typeof(bool) ? "true or false" : type == typeof(float) || type == typeof(double) ? "number" : "whole number";
}
