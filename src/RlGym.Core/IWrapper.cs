namespace RlGym.Core;

/// <summary>An environment that wraps another; lets tools walk down to the innermost environment.</summary>
public interface IWrapper
{
    /// <summary>The wrapped environment (single-agent or multi-agent).</summary>
    IDisposable InnerEnvironment { get; }
}
