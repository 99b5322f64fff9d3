using System.Reflection.Emit;
using System.Reflection.Metadata.Ecma335;
using RlGym.Cli.Tests.Fixtures;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace RlGym.Cli.Tests;

/// <summary>
/// TorchSharp 0.107 wraps every number it hands libtorch in a <c>TorchSharp.Scalar</c> whose finalizer frees the native
/// value. A Scalar nothing holds can be finalised (after a GC from another thread) while libtorch still reads it: under
/// load that showed as libtorch assertions in the PPO tests. These tests read the IL of every RlGym assembly that uses
/// TorchSharp (the CLI references them all, so they sit beside this test) and hold it to one rule:
/// <list type="bullet">
/// <item>a Scalar our code makes (implicit conversion, <c>ToScalar()</c>, anything returning a Scalar) goes straight into
/// a field, or into a local the method disposes (<c>using var s = x.ToScalar();</c>);</item>
/// <item>our code calls no TorchSharp method that makes such a temporary inside (<c>a + b</c>, <c>add(Tensor)</c>,
/// <c>square()</c>, ...): that set is found by reading TorchSharp's own IL with the same rule, transitively.</item>
/// </list>
/// </summary>
public sealed class TorchScalarGuardTests
{
    private const string Scalar = "TorchSharp.Scalar";

    private static readonly string[] TorchUsers = ["RlGym.Torch", "RlGym.Agents.Ppo", "RlGym.Agents.CatMouse", "RlGym.Agents.Doom", "rlgym"];

    [Fact]
    public void No_RlGym_method_leaves_a_TorchSharp_Scalar_unheld()
    {
        using var torch = new IlAssembly(Path.Combine(AppContext.BaseDirectory, "TorchSharp.dll"));
        var (makers, overrides) = TemporaryMakers(torch);
        var scanned = new List<string>();
        var sites = new List<string>();
        foreach (string file in Directory.GetFiles(AppContext.BaseDirectory, "*.dll").Where(IlAssembly.IsManaged))
        {
            using var assembly = new IlAssembly(file);
            bool ours = assembly.Name.StartsWith("RlGym.", StringComparison.Ordinal) || assembly.Name == "rlgym";
            // This test assembly is left out: its Samples break the rule on purpose.
            if (!ours || assembly.Name == typeof(TorchScalarGuardTests).Assembly.GetName().Name || !assembly.References("TorchSharp")) continue;
            scanned.Add(assembly.Name);
            foreach (var (method, body) in assembly.Methods())
            {
                sites.AddRange(Offences(assembly, body, makers, overrides).Select(offence => $"{assembly.Name}: {method}: {offence}"));
            }
        }

        Assert.Superset(TorchUsers.ToHashSet(), scanned.ToHashSet());
        Assert.True(sites.Count == 0, $"{sites.Count} TorchSharp calls with a Scalar nothing holds:\n" + string.Join("\n", sites));
    }

    [Fact]
    public void The_rule_names_implicit_numbers_and_operators_and_lets_held_Scalars_pass()
    {
        using var torch = new IlAssembly(Path.Combine(AppContext.BaseDirectory, "TorchSharp.dll"));
        var (makers, overrides) = TemporaryMakers(torch);
        using var tests = new IlAssembly(typeof(TorchScalarGuardTests).Assembly.Location);
        var offending = tests.Methods().Where(m => m.Method.Contains("/Samples::", StringComparison.Ordinal) && Offences(tests, m.Body, makers, overrides).Any())
            .Select(m => m.Method[(m.Method.IndexOf("::", StringComparison.Ordinal) + 2)..m.Method.IndexOf('`', StringComparison.Ordinal)]).ToHashSet();

        Assert.Equal(new HashSet<string> { nameof(Samples.Implicit), nameof(Samples.Operator), nameof(Samples.Square), nameof(Samples.Unheld) }, offending);
    }

    [Fact]
    public void The_TorchSharp_methods_that_make_temporary_Scalars_are_found_from_its_IL()
    {
        using var torch = new IlAssembly(Path.Combine(AppContext.BaseDirectory, "TorchSharp.dll"));
        var (makers, overrides) = TemporaryMakers(torch);

        const string Tensor = "TorchSharp.torch/Tensor";
        Assert.Contains($"{Tensor}::op_Addition`0({Tensor},{Tensor})", makers);
        Assert.Contains($"{Tensor}::add`0({Tensor})", makers);
        Assert.Contains($"{Tensor}::add_`0({Scalar})", makers);
        Assert.Contains($"{Tensor}::square`0()", makers);
        Assert.Contains("TorchSharp.Modules.Adam::step`0(System.Func`1<TorchSharp.torch/Tensor>)", makers);
        Assert.Contains("TorchSharp.torch/optim/Optimizer::step`0(System.Func`1<TorchSharp.torch/Tensor>)", overrides.Keys);
        Assert.DoesNotContain($"{Tensor}::add`0({Tensor},{Scalar})", makers);
        Assert.DoesNotContain($"{Tensor}::pow`0({Scalar})", makers);
        Assert.DoesNotContain($"{Tensor}::sub`0({Tensor})", makers);
        // The layers RlGym's networks are made of make no temporaries in forward (a call through Module.forward is not followed).
        Assert.All(new[] { "Linear", "Conv2d", "LSTM", "LSTMCell", "Embedding", "ReLU", "Tanh", "Flatten", "Sequential" },
            layer => Assert.DoesNotContain($"TorchSharp.Modules.{layer}::forward`0({Tensor})", makers));
        Assert.Contains("TorchSharp.Modules.ELU::forward`0(TorchSharp.torch/Tensor)", makers);
    }

    /// <summary>
    /// TorchSharp methods that make a Scalar nothing holds, themselves or through a method they call or make a delegate of;
    /// and, for each virtual or abstract TorchSharp method, such methods of the same name and parameters (its overrides:
    /// the IL of <c>optimizer.step()</c> names the base method, while Adam's override is the one that runs).
    /// </summary>
    internal static (HashSet<string> Makers, Dictionary<string, string> Overrides) TemporaryMakers(IlAssembly torch)
    {
        var calls = new Dictionary<string, List<string>>();
        var makers = new HashSet<string>();
        foreach (var (method, body) in torch.Methods())
        {
            if (Offences(torch, body, [], []).Any()) makers.Add(method);
            var callees = calls.TryGetValue(method, out var known) ? known : calls[method] = [];
            callees.AddRange(body.Where(i => i.NamesMethod).Select(i => torch.Describe(MetadataTokens.EntityHandle(i.Operand))).Where(c => c.ReturnType != Scalar).Select(c => c.Key));
        }
        for (bool grew = true; grew;)
        {
            grew = false;
            foreach (var (method, callees) in calls)
            {
                if (!makers.Contains(method) && callees.Any(makers.Contains)) grew = makers.Add(method) | grew;
            }
        }
        var bySignature = makers.ToLookup(Signature);
        var overrides = new Dictionary<string, string>();
        // Module<T, TResult>.forward is left out: every network calls its layers through it, and which layer runs is the
        // network's own choice (the layers RlGym uses are checked by name in the test of this set).
        foreach (string method in torch.VirtualMethods().Where(m => !m.StartsWith("TorchSharp.torch/nn/Module`", StringComparison.Ordinal)))
        {
            string? maker = bySignature[Signature(method)].FirstOrDefault(other => other != method);
            if (maker is not null && !makers.Contains(method)) overrides[method] = maker;
        }
        return (makers, overrides);
    }

    private static string Signature(string method) => method[(method.IndexOf("::", StringComparison.Ordinal) + 2)..];

    private static IEnumerable<string> Offences(IlAssembly assembly, IReadOnlyList<IlInstruction> body, HashSet<string> makers, Dictionary<string, string> overrides)
    {
        for (int i = 0; i < body.Count; i++)
        {
            if (!body[i].IsCall) continue;
            var callee = assembly.Describe(MetadataTokens.EntityHandle(body[i].Operand));
            if (callee.ReturnType == Scalar && body[i].OpCode != OpCodes.Newobj && !Held(assembly, body, i))
            {
                yield return $"makes a Scalar nothing holds: {callee.Key}";
            }
            else if (makers.Contains(callee.Key))
            {
                yield return $"calls {callee.Key}, which makes a Scalar nothing holds";
            }
            else if (overrides.TryGetValue(callee.Key, out string? maker))
            {
                yield return $"calls {callee.Key}, whose override {maker} makes a Scalar nothing holds";
            }
        }
    }

    /// <summary>The Scalar made at <paramref name="call"/> goes into a field, back to the caller, or into a local the method disposes.</summary>
    private static bool Held(IlAssembly assembly, IReadOnlyList<IlInstruction> body, int call)
    {
        if (call + 1 >= body.Count) return false;
        var next = body[call + 1];
        if (next.OpCode == OpCodes.Stfld || next.OpCode == OpCodes.Stsfld || next.OpCode == OpCodes.Ret) return true;
        int local = next.StoredLocal;
        if (local < 0) return false;
        for (int j = 0; j + 1 < body.Count; j++)
        {
            if (body[j].LoadedLocal == local && body[j + 1].IsCall
                && assembly.Describe(MetadataTokens.EntityHandle(body[j + 1].Operand)).Name == "Dispose") return true;
        }
        return false;
    }

    /// <summary>Calls the rule test reads from this assembly's IL; never run.</summary>
    private static class Samples
    {
        private static readonly Scalar Half = 0.5.ToScalar();
        private static readonly Scalar One = 1.ToScalar();

        public static Tensor Implicit(Tensor x) => x.mul(0.5);
        public static Tensor Operator(Tensor x, Tensor y) => x + y;
        public static Tensor Square(Tensor x) => x.square();
        public static Tensor Unheld(Tensor x, double factor) => x.mul(factor.ToScalar());
        public static Tensor HeldInField(Tensor x) => x.mul(Half);
        public static Tensor ExplicitAlpha(Tensor x, Tensor y) => x.add(y, One);
        public static Tensor Difference(Tensor x, Tensor y) => x - y;

        public static Tensor HeldInUsing(Tensor x, double factor)
        {
            using var held = factor.ToScalar();
            return x.mul(held);
        }
    }
}
