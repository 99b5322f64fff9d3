namespace RlGym.Torch;

/// <summary>
/// TorchSharp's native libraries could not be loaded. The message carries the native loader's own words (the text of
/// the underlying <see cref="DllNotFoundException"/>), which TorchSharp's own error hides, and what to do about it.
/// </summary>
public sealed class TorchUnavailableException : InvalidOperationException
{
    /// <summary>Creates the error with its message.</summary>
    public TorchUnavailableException(string message) : base(message) { }

    /// <summary>Creates the error with its message and the exception TorchSharp threw.</summary>
    public TorchUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
