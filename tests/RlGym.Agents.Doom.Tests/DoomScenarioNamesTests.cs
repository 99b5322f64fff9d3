using RlGym.Core;
using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom.Tests;

public sealed class DoomScenarioNamesTests
{
    [Theory]
    [InlineData("basic", "Doom/Basic-v0")]
    [InlineData("DEFEND_THE_CENTER", "Doom/DefendTheCenter-v0")]
    [InlineData("Doom/MyWayHome-v0", "Doom/MyWayHome-v0")]
    [InlineData(" deadly_corridor ", "Doom/DeadlyCorridor-v0")]
    [InlineData("take_cover", "Doom/TakeCover-v0")]
    public void Short_names_and_ids_name_scenarios(string name, string id) => Assert.Equal(id, DoomScenarioNames.Resolve(name).Id);

    [Fact]
    public void An_unknown_name_lists_the_valid_ones()
    {
        var error = Assert.Throws<UserInputException>(() => DoomScenarioNames.Resolve("defend_the_moon"));
        Assert.Contains("'defend_the_moon'", error.Message, StringComparison.Ordinal);
        foreach (var scenario in DoomScenarios.All)
        {
            Assert.Contains(scenario.Map, error.Message, StringComparison.Ordinal);
        }
    }
}
