using ForceSim.Experiments.Budgeting;
using ForceSim.Experiments.Scenarios;

namespace ForceSim.Experiments.Jobs;

/// <summary>Budget searches as jobs: the same <see cref="BudgetService"/> as <c>forcesim budget</c>, its files in the job's folder.</summary>
public sealed partial class JobManager
{
    /// <exception cref="ScenarioRejectedException">The scenario or the changes have problems.</exception>
    /// <exception cref="InvalidRequestException">Replications or mixes over this server's limits.</exception>
    public JobRecord SubmitBudget(BudgetJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var overrides = JobOverrides.Of(request.Set);
        var path = workspace.Accept(request.Scenario, overrides);
        CheckReplications(request.Replications * request.MaxEvaluations);
        var scenario = ScenarioInput.Load(path, request.Replications, null, overrides);
        var id = JobIds.New("bud");
        var job = new JobRecord
        {
            Id = id,
            Kind = JobKind.Budget,
            Title = scenario.Name,
            Source = SourceOf(request.Scenario, path),
            Options = request.Roles,
            Overrides = overrides,
            Replications = scenario.Run.Replications,
            Seed = scenario.Run.Seed,
            Total = request.MaxEvaluations,
            Created = DateTimeOffset.UtcNow,
            Folder = Path.Combine("budgets", id),
        };
        var budgetRequest = new BudgetRequest
        {
            ScenarioPath = path,
            Extra = request.Extra,
            Roles = request.Roles.Count == 0 ? null : request.Roles,
            Replications = request.Replications,
            MaxEvaluations = request.MaxEvaluations,
            Overrides = overrides,
            OutputDirectory = Path.Combine(dataFolder, job.Folder),
            Parallelism = Limits.Parallelism,
            Cluster = cluster,
            ExperimentId = cluster is null ? null : ExperimentIdOf(id),
        };
        return Start(job, token => BudgetAsync(job.Id, budgetRequest, token));
    }

    private async Task BudgetAsync(string id, BudgetRequest request, CancellationToken token)
    {
        var progress = new CallbackProgress<BudgetProgress>(p =>
        {
            if (p is MixStarting m)
            {
                Update(id, j => j with { Done = Math.Min(m.Done, j.Total) });
            }
        });
        await BudgetService.RunAsync(request, progress, token).ConfigureAwait(false);
    }
}
