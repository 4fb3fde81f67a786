using System.Diagnostics;
using ForceSim.Engine.Running;
using ForceSim.Experiments.Cluster;
using ForceSim.Experiments.Comparing;
using ForceSim.Experiments.Posteriors;
using ForceSim.Experiments.Scenarios;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Report;

namespace ForceSim.Experiments.Budgeting;

/// <summary>
/// Spends (or cuts) an annual budget on staff steps by marginal-return greedy search over simulations with common random
/// numbers, then compares the recommended mix with the base; writes budget-frontier.csv, budget.json and the report.
/// </summary>
public static class BudgetService
{
    /// <exception cref="InvalidRequestException">An option, the scenario or the objective is at fault (checked before anything is simulated where it can be).</exception>
    public static async Task<BudgetOutcome> RunAsync(BudgetRequest request, IProgress<BudgetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cluster is not null && request.PosteriorPath is not null)
        {
            throw new InvalidRequestException("--posterior runs here only; it cannot be used with --cluster yet.");
        }

        var (budget, objective, requestedRoles, parallelism) = CheckOptions(request);
        var scenario = ScenarioInput.Load(request.ScenarioPath, request.Replications, request.Seed, request.Overrides, options: ScenarioInput.Options(request.AllowOutsideReferences));
        var catalogue = new BudgetSteps(scenario, request.InvestigatorStep, request.SupervisorStep);
        var (steps, notConsidered) = Offered(request.ScenarioPath, catalogue, requestedRoles);
        var posterior = PosteriorScenarios.Prepare(request.PosteriorPath, request.ScenarioPath, ScenarioInput.Options(request.AllowOutsideReferences))
            ?.ScenariosFor(request.ScenarioPath, [], scenario);
        var directory = request.OutputDirectory ?? Path.Combine("results", "budget-" + Path.GetFileNameWithoutExtension(request.ScenarioPath));
        using var folder = OutputLock.Acquire(directory);
        progress?.Report(new BudgetStarting(scenario, budget, objective, steps, notConsidered, request.MaxEvaluations));
        var clock = Stopwatch.StartNew();
        await using var onCluster = request.Cluster is { } cluster
            ? await ClusterBudget.ConnectAsync(request, scenario, budget, objective, steps, cluster, directory, cancellationToken).ConfigureAwait(false)
            : null;
        if (onCluster is not null)
        {
            progress?.Report(new BudgetOnCluster(onCluster.Id, onCluster.Cluster));
        }

        var options = new ExperimentOptions { MaxParallelism = parallelism };
        Func<StaffMix, Func<int, Engine.Compilation.CompiledScenario>>? modelsFor = posterior is null
            ? null
            : mix => posterior.Models(s => new BudgetSteps(s, request.InvestigatorStep, request.SupervisorStep).Apply(mix));
        var evaluator = new SimulationObjectiveEvaluator(catalogue, objective, options)
        {
            Starting = (mix, done) => progress?.Report(new MixStarting(mix, done, clock.Elapsed)),
            Simulation = onCluster is null ? null : ClusterBudget.Simulation(onCluster),
            ModelsFor = modelsFor,
        };
        BudgetResult result;
        try
        {
            result = await GreedyBudgetSearch.RunAsync(budget, steps, objective.Direction, evaluator, request.MaxEvaluations, cancellationToken).ConfigureAwait(false);
        }
        catch (UnmeasuredObjectiveException e)
        {
            throw new InvalidRequestException($"--objective: {e.Message}", e);
        }

        var baseResult = await evaluator.ResultAsync(StaffMix.None, cancellationToken).ConfigureAwait(false);
        var recommended = await evaluator.ResultAsync(result.Recommended.Mix, cancellationToken).ConfigureAwait(false);
        var differences = CompareService.ComparedMeasures(baseResult).Select(m => PairedComparison.Of(baseResult, recommended, m)).ToList();
        var split = posterior is null
            ? null
            : await BudgetTwins.SplitAsync(posterior, modelsFor!, catalogue, objective, options, (baseResult, result.Recommended.Mix, recommended), CompareService.ComparedMeasures(baseResult), cancellationToken).ConfigureAwait(false);
        using var batch = OutputBatch.Begin(directory);
        var summary = BudgetSummaries.Of(result, objective, scenario.Run.Seed, scenario.Run.Replications);
        var frontierFile = Path.Combine(directory, "budget-frontier.csv");
        var jsonFile = Path.Combine(directory, "budget.json");
        AtomicFile.WriteAllText(frontierFile, BudgetFrontierCsv.Render(summary));
        AtomicFile.WriteAllText(jsonFile, BudgetJson.Render(summary, split));
        var charts = new[] { BudgetReport.Chart(summary) };
        var reportFiles = ReportFiles.Write(directory, BudgetReport.Render(scenario, request.ScenarioPath, summary, differences, charts, split), charts);
        batch.Commit();
        return new BudgetOutcome
        {
            Scenario = scenario,
            Objective = objective,
            Result = result,
            Differences = differences,
            Stopped = summary.Stopped,
            ReplicationsRun = evaluator.ReplicationsRun,
            Elapsed = clock.Elapsed,
            FrontierFile = frontierFile,
            JsonFile = jsonFile,
            ReportFiles = reportFiles,
            Posterior = split,
        };
    }

    /// <summary>The step of each role the search may use, and the roles left out with why (a role asked for by name must be usable).</summary>
    private static (List<BudgetStep> Steps, List<(StaffRole, string)> NotConsidered) Offered(string path, BudgetSteps catalogue, List<StaffRole>? requestedRoles)
    {
        var steps = new List<BudgetStep>();
        var notConsidered = new List<(StaffRole, string)>();
        foreach (var role in requestedRoles ?? [.. Enum.GetValues<StaffRole>()])
        {
            if (catalogue.Unavailable(role) is not { } why)
            {
                steps.Add(catalogue.Step(role));
            }
            else if (requestedRoles is not null)
            {
                throw new InvalidRequestException($"--roles: cannot budget for {StaffRoleNames.Key(role)}: {why}.");
            }
            else
            {
                notConsidered.Add((role, why));
            }
        }

        return steps.Count > 0 ? (steps, notConsidered) : throw new InvalidRequestException($"{path}: no role can be budgeted for; add costs.roles to the scenario.");
    }

    /// <summary>The cheap checks, first, so a bad option never costs a simulation.</summary>
    private static (double Budget, BudgetObjective Objective, List<StaffRole>? Roles, int Parallelism) CheckOptions(BudgetRequest request)
    {
        if (request.Extra is not { } budget || double.IsNaN(budget) || double.IsInfinity(budget) || budget == 0)
        {
            throw new InvalidRequestException("--extra GBP is required and must not be zero (e.g. --extra 2000000 to spend £2M a year, --extra -500000 to cut £0.5M).");
        }

        if (request.Cluster is null && request.ExperimentId is not null)
        {
            throw new InvalidRequestException("--experiment names an experiment on a cluster; give --cluster too.");
        }

        if (request.Maximise && request.Minimise)
        {
            throw new InvalidRequestException("give --maximise or --minimise, not both.");
        }

        Require(request.InvestigatorStep >= 1, $"--investigator-step must be 1 or more (got {request.InvestigatorStep}).");
        Require(request.SupervisorStep >= 1, $"--supervisor-step must be 1 or more (got {request.SupervisorStep}).");
        Require(request.MaxEvaluations >= 2, $"--max-evaluations must be 2 or more (got {request.MaxEvaluations}).");
        var parallelism = ScenarioInput.Parallelism(request.Parallelism);
        var roles = ParseRoles(request.Roles);
        try
        {
            var direction = request.Maximise ? ObjectiveDirection.Maximise : request.Minimise ? ObjectiveDirection.Minimise : (ObjectiveDirection?)null;
            return (budget, BudgetObjective.Parse(request.Objective, direction), roles, parallelism);
        }
        catch (FormatException e)
        {
            throw new InvalidRequestException($"--objective: {e.Message}", e);
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidRequestException(message);
        }
    }

    private static List<StaffRole>? ParseRoles(IReadOnlyList<string>? keys)
    {
        if (keys is null)
        {
            return null;
        }

        var roles = new List<StaffRole>();
        foreach (var key in keys)
        {
            var role = StaffRoleNames.Parse(key)
                ?? throw new InvalidRequestException($"--roles: unknown role '{key}'; use call_handler, response_officer, investigator or supervisor.");
            if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        return roles.Count > 0 ? roles : throw new InvalidRequestException("--roles: name at least one role.");
    }
}
