using ForceSim.Experiments.Scenarios;

namespace ForceSim.Experiments.Tests.Levers;

/// <summary>The shipped scenarios the lever catalogue is checked against: one force, one force by district, a region.</summary>
public static class ShippedLeverScenarios
{
    public static TheoryData<string> Names => new() { "cambridgeshire-2022.yaml", "cambridgeshire-2022-districts.yaml", "eastern-region.yaml" };

    public static ScenarioSource Source(string name) => new(RepositoryPaths.Scenario(name));
}
