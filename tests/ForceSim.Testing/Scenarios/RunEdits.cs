using ForceSim.Model.Scenarios;

namespace ForceSim.Testing.Scenarios;

/// <summary>Changes to how long, how often and from which seed a test scenario runs; everything else is kept.</summary>
public static class RunEdits
{
    public static Scenario WithHorizonDays(this Scenario scenario, double days) => scenario.WithRun(r => r with { HorizonDays = days });

    public static Scenario WithWarmupDays(this Scenario scenario, double days) => scenario.WithRun(r => r with { WarmupDays = days });

    public static Scenario WithReplications(this Scenario scenario, int replications) => scenario.WithRun(r => r with { Replications = replications });

    public static Scenario WithSeed(this Scenario scenario, long seed) => scenario.WithRun(r => r with { Seed = seed });

    private static Scenario WithRun(this Scenario scenario, Func<RunSettings, RunSettings> change)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { Run = change(scenario.Run) };
    }
}
