using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments;
using ForceSim.Experiments.Sensitivity;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim sensitivity SCENARIO</c>: moves each assumed parameter (declared with its plausible range in the scenario's
/// assumptions file) alone to its low and high end, paired with the baseline, and ranks the parameters by their effect on
/// the headline measures and grade probabilities. Writes sensitivity.csv, ranking.csv, tornado charts and report.html.
/// </summary>
public static class SensitivityCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario whose assumptions to rank." };
        var assumptions = new Option<string?>("--assumptions", "-a") { Description = "Assumptions file (default: assumptions/<scenario file name> beside the scenario or the file it extends; see docs/assumptions-format.md)." };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications for the baseline and every setting (default: the scenario's)." };
        var seed = new Option<long?>("--seed", "-s") { Description = "Seed for the baseline and every setting (default: the scenario's)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/sensitivity-<scenario file name>)." };
        var parallel = new Option<int?>("--parallel") { Description = "Replications run at once (default: one per core). Results do not depend on it." };
        var fresh = new Option<bool>("--fresh") { Description = "Ignore settings saved by an interrupted earlier run." };
        var set = SetOption.Create();
        var command = new Command("sensitivity", "Rank the scenario's assumed parameters by their paired effect on the headline measures and grades, one at a time over their plausible ranges.")
        {
            scenario, assumptions, replications, seed, output, parallel, fresh, set,
        };
        var outside = OutsideReferencesOption.Create();
        command.Add(outside);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            new SensitivityRequest
            {
                ScenarioPath = parse.GetValue(scenario)!,
                AllowOutsideReferences = parse.GetValue(outside),
                AssumptionsPath = parse.GetValue(assumptions),
                Replications = parse.GetValue(replications),
                Seed = parse.GetValue(seed),
                OutputDirectory = parse.GetValue(output),
                Parallelism = parse.GetValue(parallel),
                Fresh = parse.GetValue(fresh),
                Overrides = parse.GetValue(set) ?? [],
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(SensitivityRequest request, CancellationToken cancellationToken)
    {
        using var cancel = new CancelOnCtrlC(cancellationToken);
        try
        {
            SensitivityView.Print(await SensitivityView.WatchAsync(progress => SensitivityService.RunAsync(request, progress, cancel.Token)).ConfigureAwait(false));
            return ExitCodes.Success;
        }
        catch (WorkInterruptedException interrupted)
        {
            RunView.Interrupted(interrupted);
            return ExitCodes.Cancelled;
        }
    }
}
