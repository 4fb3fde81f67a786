using ForceSim.Engine.Running;
using ForceSim.Grains.Runs;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;

namespace ForceSim.Grains.Tests.Support;

/// <summary>Runs a scenario on both hosts and renders each as the results.json a user would get.</summary>
public static class HostComparison
{
    public static string InProcessResults(Scenario scenario) =>
        ResultsJson.Render(ExperimentRunner.Run(scenario, new ExperimentOptions { MaxParallelism = 1 }));

    /// <summary>results.json of a single replication (e.g. one run through <see cref="GrainHostRun"/>).</summary>
    public static string Render(Scenario scenario, ReplicationResult replication) =>
        ResultsJson.Render(new ExperimentResult { ScenarioName = scenario.Name, Seed = scenario.Run.Seed, Replications = [replication] });

    public static string GrainHostResults(IGrainFactory grains, Scenario scenario, double victimRestMinutes = RunSpec.DefaultVictimRestMinutes) =>
        ResultsJson.Render(ExperimentRunner.Run(scenario, new ExperimentOptions
        {
            MaxParallelism = 2,
            RunReplication = (model, replication, keep, cancel) =>
            {
                // Released as the CLI releases every run it will not be asked about: results must not depend on it.
                var run = GrainHostRun.RunAsync(grains, model.Scenario, replication, keep, victimRestMinutes: victimRestMinutes, cancellationToken: cancel).GetAwaiter().GetResult();
                GrainHostRun.ReleaseAsync(grains, run.Run).GetAwaiter().GetResult();
                return run.Result;
            },
        }));
}
