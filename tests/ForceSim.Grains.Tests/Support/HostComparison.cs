using ForceSim.Engine.Compilation;
using ForceSim.Engine.Diagnostics;
using ForceSim.Engine.Running;
using ForceSim.Grains.Runs;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;

namespace ForceSim.Grains.Tests.Support;

/// <summary>Runs a scenario on both hosts and renders each as the results.json a user would get.</summary>
public static class HostComparison
{
    public static async Task<string> InProcessResultsAsync(Scenario scenario) =>
        ResultsJson.Render(await ExperimentRunner.RunAsync(scenario, new ExperimentOptions { MaxParallelism = 1 }));

    /// <summary>results.json of a single replication (e.g. one run through <see cref="GrainHostRun"/>), judged for stability as a run's would be.</summary>
    public static string Render(Scenario scenario, ReplicationResult replication) =>
        ResultsJson.Render(StabilityDiagnosis.Apply(
            new ExperimentResult { ScenarioName = scenario.Name, Seed = scenario.Run.Seed, Replications = [replication] },
            new CompiledScenario(scenario).Rubric));

    /// <summary>Every run is released as soon as its result is in, as a run releases those it will not be asked about: results must not depend on it.</summary>
    public static async Task<string> GrainHostResultsAsync(IGrainFactory grains, Scenario scenario, double victimRestMinutes = RunSpec.DefaultVictimRestMinutes) =>
        ResultsJson.Render(await ExperimentRunner.RunAsync(scenario, new ExperimentOptions
        {
            MaxParallelism = 2,
            Host = new GrainReplicationHost(grains, victimRestMinutes),
        }));
}
