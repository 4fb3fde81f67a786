using ForceSim.Model.Loading;
using ForceSim.Model.Scenarios;

namespace ForceSim.Engine.Tests;

/// <summary>Loads the scenario files shipped in the repository's scenarios folder, as a user would.</summary>
public static class TestScenarios
{
    public static string Folder { get; } = FindScenarios();

    public static Scenario Load(string relativePath)
    {
        var path = Path.Combine(Folder, relativePath);
        var loaded = ScenarioLoader.LoadFile(path);
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Problems));
        return loaded.Scenario!;
    }

    /// <summary>The Cambridgeshire baseline cut to a short, cheap run for mechanism tests.</summary>
    public static Scenario ShortCambridgeshire(double days = 120, int replications = 3) =>
        Shorten(Load("cambridgeshire-2022.yaml"), days, replications);

    public static Scenario Shorten(Scenario scenario, double days, int replications, double warmupDays = 14)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { Run = scenario.Run with { HorizonDays = days, WarmupDays = warmupDays, Replications = replications } };
    }

    private static string FindScenarios()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
            {
                return Path.Combine(dir.FullName, "scenarios");
            }
        }

        throw new InvalidOperationException("Could not find the repository root (Simulation.sln) above " + AppContext.BaseDirectory);
    }
}
