using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ForceSim.Cli.Terminal;
using ForceSim.Engine.Budgeting;
using ForceSim.Engine.Comparing;
using ForceSim.Engine.Running;
using ForceSim.Model.Scenarios;
using ForceSim.Reporting.Output;
using ForceSim.Reporting.Report;
using ForceSim.Reporting.Tables;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim budget SCENARIO --extra GBP</c>: spends (or cuts) an annual budget on staff steps by marginal-return
/// greedy search over simulations with common random numbers, then compares the recommended mix with the base.
/// The search and the scenario edits live in <see cref="ForceSim.Engine.Budgeting"/>; this only wires and prints.
/// </summary>
public static class BudgetCommand
{
    private const string DefaultObjective = "response.attendance_within_target";

    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "The base scenario (must have costs for the roles bought)." };
        var extra = new Option<double?>("--extra") { Description = "Annual change in spending in pounds: positive to buy staff, negative to cut.", HelpName = "GBP" };
        var roles = new Option<string?>("--roles") { Description = "Comma-separated roles the search may change (default: every role the scenario costs): call_handler, response_officer, investigator, supervisor." };
        var objective = new Option<string?>("--objective") { Description = $"A measure name or grade:<area>:<grade>_or_better (default {DefaultObjective})." };
        var maximise = new Option<bool>("--maximise") { Description = "Higher objective is better (default for fractions of good things and grades)." };
        var minimise = new Option<bool>("--minimise") { Description = "Lower objective is better (default for waits, times, abandonment, cost)." };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications per evaluated mix (default 4)." };
        var seed = new Option<long?>("--seed", "-s") { Description = "Seed for every mix (default: the scenario's)." };
        var investigatorStep = new Option<int?>("--investigator-step") { Description = "Investigators per step (default 5)." };
        var supervisorStep = new Option<int?>("--supervisor-step") { Description = "Supervisors per step (default 1)." };
        var maxEvaluations = new Option<int?>("--max-evaluations") { Description = "Most mixes to simulate; the search stops and says so if the next round would exceed it (default 60)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/budget-<scenario name>)." };
        var parallel = new Option<int?>("--parallel") { Description = "Replications run at once (default: one per core)." };
        var command = new Command("budget", "Recommend how to spend (or cut) an annual budget on staff, by greedy marginal return per pound, with the cost–outcome frontier.")
        {
            scenario, extra, roles, objective, maximise, minimise, replications, seed, investigatorStep, supervisorStep, maxEvaluations, output, parallel,
        };
        command.SetAction(parse => Execute(new Request(
            parse.GetValue(scenario)!,
            parse.GetValue(extra),
            parse.GetValue(roles),
            parse.GetValue(objective) ?? DefaultObjective,
            parse.GetValue(maximise),
            parse.GetValue(minimise),
            parse.GetValue(replications) ?? 4,
            parse.GetValue(seed),
            parse.GetValue(investigatorStep) ?? 5,
            parse.GetValue(supervisorStep) ?? 1,
            parse.GetValue(maxEvaluations) ?? 60,
            parse.GetValue(output),
            parse.GetValue(parallel) ?? Environment.ProcessorCount)));
        return command;
    }

    private sealed record Request(
        string Path, double? Extra, string? Roles, string Objective, bool Maximise, bool Minimise, int Replications, long? Seed,
        int InvestigatorStep, int SupervisorStep, int MaxEvaluations, string? Output, int Parallel);

    private static int Execute(Request request)
    {
        // Cheap checks first, so a bad option never costs a simulation.
        if (request.Extra is not { } budget || double.IsNaN(budget) || double.IsInfinity(budget) || budget == 0)
        {
            throw new BadInputException("--extra GBP is required and must not be zero (e.g. --extra 2000000 to spend £2M a year, --extra -500000 to cut £0.5M).");
        }

        if (request.Maximise && request.Minimise)
        {
            throw new BadInputException("give --maximise or --minimise, not both.");
        }

        Require(request.InvestigatorStep >= 1, $"--investigator-step must be 1 or more (got {request.InvestigatorStep}).");
        Require(request.SupervisorStep >= 1, $"--supervisor-step must be 1 or more (got {request.SupervisorStep}).");
        Require(request.MaxEvaluations >= 2, $"--max-evaluations must be 2 or more (got {request.MaxEvaluations}).");
        Require(request.Parallel >= 1, $"--parallel must be 1 or more (got {request.Parallel}).");
        var requestedRoles = ParseRoles(request.Roles);
        BudgetObjective objective;
        try
        {
            objective = BudgetObjective.Parse(request.Objective, request.Maximise ? ObjectiveDirection.Maximise : request.Minimise ? ObjectiveDirection.Minimise : null);
        }
        catch (FormatException e)
        {
            throw new BadInputException($"--objective: {e.Message}", e);
        }

        var scenario = ScenarioInput.Load(request.Path, request.Replications, request.Seed);
        var catalogue = new BudgetSteps(scenario, request.InvestigatorStep, request.SupervisorStep);
        var steps = new List<BudgetStep>();
        foreach (var role in requestedRoles ?? [.. Enum.GetValues<StaffRole>()])
        {
            if (catalogue.Unavailable(role) is { } why)
            {
                if (requestedRoles is not null)
                {
                    throw new BadInputException($"--roles: cannot budget for {BudgetSteps.Key(role)}: {why}.");
                }

                AnsiConsole.MarkupLine(Markup.Escape($"Not considered: {BudgetSteps.Key(role)} ({why})."));
                continue;
            }

            steps.Add(catalogue.Step(role));
        }

        if (steps.Count == 0)
        {
            throw new BadInputException($"{request.Path}: no role can be budgeted for; add costs.roles to the scenario.");
        }

        var run = scenario.Run;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(scenario.Name)}[/]");
        AnsiConsole.MarkupLine(Markup.Escape(
            $"{(budget > 0 ? "Spending" : "Cutting")} {BudgetTables.Pounds(Math.Abs(budget))} a year. Objective: {objective.Description} ({BudgetTables.Direction(objective.Direction)})."));
        AnsiConsole.MarkupLine(Markup.Escape(
            $"Every mix: {run.Replications} replication(s) of {run.HorizonDays:0.#} days after {run.WarmupDays:0.#} days' warm-up, seed {run.Seed} (common random numbers); at most {request.MaxEvaluations} mixes."));
        AnsiConsole.Write(BudgetTables.Steps(steps));

        var clock = Stopwatch.StartNew();
        var evaluator = new SimulationObjectiveEvaluator(catalogue, objective, new ExperimentOptions { MaxParallelism = request.Parallel })
        {
            Starting = (mix, done) => AnsiConsole.MarkupLine(Markup.Escape(
                $"  simulating mix {done + 1}: {(mix == StaffMix.None ? "base" : mix.ToString())} ({clock.Elapsed.TotalSeconds:0.0} s)")),
        };
        BudgetResult result;
        try
        {
            result = GreedyBudgetSearch.Run(budget, steps, objective.Direction, evaluator, request.MaxEvaluations);
        }
        catch (UnmeasuredObjectiveException e)
        {
            throw new BadInputException($"--objective: {e.Message}", e);
        }

        var unit = Unit(objective);
        AnsiConsole.Write(BudgetTables.Frontier(result, objective.Text, unit));
        AnsiConsole.Write(BudgetTables.Mix(result));
        var baseResult = evaluator.Result(StaffMix.None);
        var recommended = evaluator.Result(result.Recommended.Mix);
        var differences = MeasureCatalog.Headline.Select(m => m.Name)
            .Concat(baseResult.Summary.Keys.Where(k => k.StartsWith("grades.", StringComparison.Ordinal)))
            .Select(m => PairedComparison.Of(baseResult, recommended, m))
            .ToList();
        AnsiConsole.Write(ComparisonTable.Build("base", "recommended", differences));

        var directory = request.Output ?? Path.Combine("results", "budget-" + Path.GetFileNameWithoutExtension(request.Path));
        var frontierFile = Path.Combine(directory, "budget-frontier.csv");
        var jsonFile = Path.Combine(directory, "budget.json");
        AtomicFile.WriteAllText(frontierFile, BudgetFrontierCsv.Render(result));
        AtomicFile.WriteAllText(jsonFile, BudgetJson.Render(result, objective, run.Seed, run.Replications));
        var charts = new[] { BudgetReport.Chart(result, objective.Text) };
        var reportFiles = ReportFiles.Write(directory, BudgetReport.Render(scenario, request.Path, result, objective, differences, charts), charts);
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"Stopped: {BudgetJson.StopText(result.Stop)}. {result.Evaluations} mixes simulated × {run.Replications} replication(s) = {evaluator.ReplicationsRun} simulation runs in {clock.Elapsed.TotalSeconds:0.0} s.")));
        AnsiConsole.MarkupLine(Markup.Escape($"Written: {frontierFile}, {jsonFile} and {string.Join(", ", reportFiles)}"));
        return ExitCodes.Success;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new BadInputException(message);
        }
    }

    private static List<StaffRole>? ParseRoles(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var roles = new List<StaffRole>();
        foreach (var key in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var role = BudgetSteps.Parse(key)
                ?? throw new BadInputException($"--roles: unknown role '{key}'; use call_handler, response_officer, investigator or supervisor.");
            if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        return roles.Count > 0 ? roles : throw new BadInputException("--roles: name at least one role.");
    }

    private static MeasureUnit Unit(BudgetObjective objective)
    {
        if (objective.IsGrade)
        {
            return MeasureUnit.Fraction;
        }

        if (MeasureCatalog.Headline.FirstOrDefault(m => m.Name == objective.Text) is { } display)
        {
            return display.Unit;
        }

        var name = objective.Text;
        return name.EndsWith("_seconds", StringComparison.Ordinal) ? MeasureUnit.Seconds
            : name.Contains("minutes", StringComparison.Ordinal) ? MeasureUnit.Minutes
            : name.EndsWith("_gbp", StringComparison.Ordinal) ? MeasureUnit.Pounds
            : MeasureUnit.Count;
    }
}
