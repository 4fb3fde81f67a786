using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments.Budgeting;
using ForceSim.Experiments.Running;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim budget SCENARIO --extra GBP</c>: spends (or cuts) an annual budget on staff steps by marginal-return
/// greedy search over simulations with common random numbers, then compares the recommended mix with the base.
/// The search lives in <see cref="BudgetService"/>; this only parses and prints.
/// </summary>
public static class BudgetCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "The base scenario (must have costs for the roles bought)." };
        var extra = new Option<double?>("--extra") { Description = "Annual change in spending in pounds: positive to buy staff, negative to cut.", HelpName = "GBP" };
        var roles = new Option<string?>("--roles") { Description = "Comma-separated roles the search may change (default: every role the scenario costs): call_handler, response_officer, investigator, supervisor." };
        var objective = new Option<string?>("--objective") { Description = $"A measure name or grade:<area>:<grade>_or_better (default {BudgetRequest.DefaultObjective})." };
        var maximise = new Option<bool>("--maximise") { Description = "Higher objective is better (default for fractions of good things and grades)." };
        var minimise = new Option<bool>("--minimise") { Description = "Lower objective is better (default for waits, times, abandonment, cost)." };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications per evaluated mix (default 4)." };
        var seed = new Option<long?>("--seed", "-s") { Description = "Seed for every mix (default: the scenario's)." };
        var investigatorStep = new Option<int?>("--investigator-step") { Description = "Investigators per step (default 5)." };
        var supervisorStep = new Option<int?>("--supervisor-step") { Description = "Supervisors per step (default 1)." };
        var maxEvaluations = new Option<int?>("--max-evaluations") { Description = "Most mixes to simulate; the search stops and says so if the next round would exceed it (default 60)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/budget-<scenario file name without .yaml>)." };
        var parallel = new Option<int?>("--parallel") { Description = "Replications run at once (default: one per core)." };
        var cluster = ClusterOption.Create();
        var experiment = new Option<string?>("--experiment") { Description = "With --cluster: the experiment's id (default: made from the file name and time). The same command with the same id re-attaches." };
        var command = new Command("budget", "Recommend how to spend (or cut) an annual budget on staff, by greedy marginal return per pound, with the cost–outcome frontier.")
        {
            scenario, extra, roles, objective, maximise, minimise, replications, seed, investigatorStep, supervisorStep, maxEvaluations, output, parallel, cluster, experiment,
        };
        var defaults = new BudgetRequest { ScenarioPath = "" };
        var outside = OutsideReferencesOption.Create();
        command.Add(outside);
        var security = ClusterSecurityOptions.AddTo(command);
        var posterior = PosteriorOption.Create();
        command.Add(posterior);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            new BudgetRequest
            {
                ScenarioPath = parse.GetValue(scenario)!,
                AllowOutsideReferences = parse.GetValue(outside),
                Extra = parse.GetValue(extra),
                Roles = parse.GetValue(roles)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Objective = parse.GetValue(objective) ?? defaults.Objective,
                Maximise = parse.GetValue(maximise),
                Minimise = parse.GetValue(minimise),
                Replications = parse.GetValue(replications) ?? defaults.Replications,
                Seed = parse.GetValue(seed),
                InvestigatorStep = parse.GetValue(investigatorStep) ?? defaults.InvestigatorStep,
                SupervisorStep = parse.GetValue(supervisorStep) ?? defaults.SupervisorStep,
                MaxEvaluations = parse.GetValue(maxEvaluations) ?? defaults.MaxEvaluations,
                OutputDirectory = parse.GetValue(output),
                Parallelism = parse.GetValue(parallel),
                Cluster = security.Apply(parse, ClusterOption.Parse(parse.GetValue(cluster))),
                ExperimentId = parse.GetValue(experiment),
                PosteriorPath = PosteriorOption.Read(parse, posterior),
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(BudgetRequest request, CancellationToken cancellationToken)
    {
        using var cancel = new CancelOnCtrlC(cancellationToken);
        try
        {
            BudgetView.Print(await BudgetService.RunAsync(request, new BudgetView(), cancel.Token).ConfigureAwait(false));
            return ExitCodes.Success;
        }
        catch (ExperimentDetachedException detached)
        {
            AnsiConsole.MarkupLine(Markup.Escape(ClusterText.Reattach(detached.ExperimentId, detached.Cluster)));
            return ExitCodes.Cancelled;
        }
    }
}
