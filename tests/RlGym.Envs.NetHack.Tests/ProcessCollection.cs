namespace RlGym.Envs.NetHack.Tests;

/// <summary>
/// Tests that count this process's children, descriptors or playgrounds run alone, so other tests' games do not
/// blur the counts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "game processes";
}
