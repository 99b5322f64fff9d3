using System.Buffers;

using System.Text;

namespace RlGym.Core.Spaces;

/// <summary>
/// Strings of length between <see cref="MinLength"/> and <see cref="MaxLength"/> over a character set
/// (Gymnasium's <c>Text(max_length, min_length, charset)</c>; the default charset is letters and digits).
/// </summary>
public sealed class TextSpace : Space<string>
{
    /// <summary>Gymnasium's default charset: ASCII letters and digits.</summary>
    public const string AlphanumericCharset = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private readonly string _charset;
    private readonly SearchValues<char> _allowed;

    /// <summary>Creates the space.</summary>
    /// <exception cref="ArgumentException">When the lengths are out of order or negative, or the charset is empty.</exception>
    public TextSpace(int maxLength, int minLength = 1, string charset = AlphanumericCharset)
    {
        if (minLength < 0 || maxLength < minLength)
        {
            throw new ArgumentException($"Text needs 0 <= min_length <= max_length, got min_length={minLength}, max_length={maxLength}.");
        }
        if (string.IsNullOrEmpty(charset))
        {
            throw new ArgumentException("Text needs a non-empty charset.", nameof(charset));
        }
        MaxLength = maxLength;
        MinLength = minLength;
        _charset = new string([.. charset.Distinct()]);
        _allowed = SearchValues.Create(_charset);
    }

    /// <summary>The longest allowed string.</summary>
    public int MaxLength { get; }

    /// <summary>The shortest allowed string.</summary>
    public int MinLength { get; }

    /// <summary>The characters allowed, each once.</summary>
    public string Charset => _charset;

    /// <inheritdoc />
    public override bool Contains(string value) =>
        value is not null && value.Length >= MinLength && value.Length <= MaxLength && !value.AsSpan().ContainsAnyExcept(_allowed);

    /// <inheritdoc />
    public override string Sample()
    {
        int length = MinLength + Rng.NextInt(MaxLength - MinLength + 1);
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            text.Append(_charset[Rng.NextInt(_charset.Length)]);
        }
        return text.ToString();
    }

    /// <inheritdoc />
    protected override string FormatValue(string value) => value is null ? "null" : $"\"{value}\"";

    /// <inheritdoc />
    public override string ToString() => $"Text({MinLength}, {MaxLength}, charset={(_charset.Length > 20 ? _charset[..20] + "..." : _charset)})";
}
