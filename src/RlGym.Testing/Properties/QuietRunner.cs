using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace RlGym.Testing.Properties;

/// <summary>An FsCheck runner that prints nothing and keeps the final result, so the kit reports in its own words.</summary>
internal sealed class QuietRunner : IRunner
{
    /// <summary>The result FsCheck reported, once it finished.</summary>
    public TestResult? Result { get; private set; }

    public void OnStartFixture(Type t)
    {
    }

    public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
    {
    }

    public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
    {
    }

    public void OnFinished(string name, TestResult testResult) => Result = testResult;
}
