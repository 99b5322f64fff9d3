using System.Buffers;

using System.Text;

namespace RlGym.Core.Spaces;

/// <summary>
/// Strings of length between <see cref="MinLength"/> and <see cref="MaxLength"/> over a character set
/// (Gymnasium's <c>Text(max_length, min_length, charset)</c>; the default charset is letters and digits).
/// </summary>
public sealed class TextSpace : Space<string>, IFlattenableSpace<string>
{
    private Box<float>? _flatSpace;

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

    /// <summary><see cref="MaxLength"/>: one character index per position.</summary>
    public int FlatDim => MaxLength;

    /// <summary>Box(0, charset size, (MaxLength,), float32), as Gymnasium's <c>flatten_space</c> of Text gives.</summary>
    public Box<float> FlatSpace => _flatSpace ??= new Box<float>(0f, _charset.Length, MaxLength);

    /// <summary>Writes each character's index in <see cref="Charset"/>, then the charset's size in the unused positions (Gymnasium's padding).</summary>
    /// <exception cref="ArgumentException">When the value is not in the space or the destination does not hold <see cref="MaxLength"/> floats.</exception>
    public void Flatten(string value, Span<float> destination)
    {
        FlatChecks.Length(this, MaxLength, destination.Length, nameof(destination));
        FlatChecks.Member(this, value);
        destination.Fill(_charset.Length);
        for (int i = 0; i < value.Length; i++)
        {
            destination[i] = _charset.IndexOf(value[i], StringComparison.Ordinal);
        }
    }

    /// <summary>The string of the indices before the first padding entry.</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/> does not hold <see cref="MaxLength"/> floats or an index is outside the charset.</exception>
    public string Unflatten(ReadOnlySpan<float> flat)
    {
        FlatChecks.Length(this, MaxLength, flat.Length, nameof(flat));
        var text = new StringBuilder(MaxLength);
        foreach (float entry in flat)
        {
            int index = (int)entry;
            if (index == _charset.Length)
            {
                break;
            }
            if (index < 0 || index > _charset.Length || index != entry)
            {
                throw new ArgumentException($"The flattened text holds {entry}, which is not a character index of {this}.", nameof(flat));
            }
            text.Append(_charset[index]);
        }
        return text.ToString();
    }

    /// <inheritdoc />
    protected override string FormatValue(string value) => value is null ? "null" : $"\"{value}\"";

    /// <inheritdoc />
    public override string ToString() => $"Text({MinLength}, {MaxLength}, charset={(_charset.Length > 20 ? _charset[..20] + "..." : _charset)})";
}
