using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments;
using ForceSim.Experiments.Calibration;
using ForceSim.Experiments.Running;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim calibrate TARGETS</c>: fits the scenario's assumed parameters (declared with priors in its assumptions
/// file) to the observed figures of a targets file by ABC-SMC, and writes the posterior, the fit table, what the targets
/// pin down, and report.html. Resumes an interrupted calibration from its saved simulations; with <c>--cluster</c> the
/// simulations run on the silos as one experiment, which the same command re-attaches to.
/// </summary>
public static class CalibrateCommand
{
    public static Command Create()
    {
        var targets = new Argument<string>("targets") { Description = "The targets file (see docs/calibration.md), e.g. scenarios/calibration/cambridgeshire-2022.targets.yaml." };
        var scenario = new Option<string?>("--scenario") { Description = "The scenario to calibrate (default: the one the targets file names)." };
        var assumptions = new Option<string?>("--assumptions", "-a") { Description = "Assumptions file with the priors (default: the one the targets file names, else assumptions/<scenario file name> beside the scenario)." };
        var generations = new Option<int>("--generations") { Description = "ABC-SMC generations, the first drawn from the priors.", DefaultValueFactory = _ => 4 };
        var particles = new Option<int>("--particles") { Description = "Accepted parameter sets per generation.", DefaultValueFactory = _ => 40 };
        var replications = new Option<int>("--replications-per-point") { Description = "Replications simulated for each parameter set (same seeds for every set).", DefaultValueFactory = _ => 2 };
        var quantile = new Option<double>("--quantile") { Description = "Tolerance schedule: each generation keeps proposals within this quantile of the last generation's distances.", DefaultValueFactory = _ => 0.5 };
        var horizon = new Option<double>("--horizon-days") { Description = "Measured days per simulation (the scenario's warm-up is kept); shorter is cheaper and noisier.", DefaultValueFactory = _ => 28 };
        var seed = new Option<long?>("--seed", "-s") { Description = "Seed of every simulation and of the proposals (default: the scenario's)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/calibration-<targets file name>)." };
        var posterior = new Option<string?>("--posterior-out") { Description = "Also where to write the posterior CSV (Parquet beside it); default OUT/posterior.csv." };
        var parallel = new Option<int?>("--parallel") { Description = "Simulations run at once (default: one per core). Results do not depend on it." };
        var fresh = new Option<bool>("--fresh") { Description = "Ignore simulations saved by an interrupted earlier run." };
        var set = SetOption.Create();
        var outside = OutsideReferencesOption.Create();
        var cluster = ClusterOption.Create();
        var experiment = new Option<string?>("--experiment") { Description = "With --cluster: the experiment's id (default: made from the file name and time). The same command with the same id re-attaches." };
        var command = new Command("calibrate", "Fit the scenario's assumed parameters to observed figures (ABC-SMC) and say what the data pin down.")
        {
            targets, scenario, assumptions, generations, particles, replications, quantile, horizon, seed, output, posterior, parallel, fresh, set, outside, cluster, experiment,
        };
        var security = ClusterSecurityOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            new CalibrationRequest
            {
                TargetsPath = parse.GetValue(targets)!,
                ScenarioPath = parse.GetValue(scenario),
                AssumptionsPath = parse.GetValue(assumptions),
                Generations = parse.GetValue(generations),
                Particles = parse.GetValue(particles),
                ReplicationsPerPoint = parse.GetValue(replications),
                Quantile = parse.GetValue(quantile),
                HorizonDays = parse.GetValue(horizon),
                Seed = parse.GetValue(seed),
                OutputDirectory = parse.GetValue(output),
                PosteriorPath = parse.GetValue(posterior),
                Parallelism = parse.GetValue(parallel),
                Fresh = parse.GetValue(fresh),
                Overrides = parse.GetValue(set) ?? [],
                AllowOutsideReferences = parse.GetValue(outside),
                Cluster = security.Apply(parse, ClusterOption.Parse(parse.GetValue(cluster))),
                ExperimentId = parse.GetValue(experiment),
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(CalibrationRequest request, CancellationToken cancellationToken)
    {
        using var cancel = new CancelOnCtrlC(cancellationToken);
        try
        {
            CalibrationView.Print(await CalibrationView.WatchAsync(progress => CalibrationService.RunAsync(request, progress, cancel.Token)).ConfigureAwait(false));
            return ExitCodes.Success;
        }
        catch (WorkInterruptedException interrupted)
        {
            RunView.Interrupted(interrupted);
            return ExitCodes.Cancelled;
        }
        catch (ExperimentDetachedException detached)
        {
            AnsiConsole.MarkupLine(Markup.Escape(ClusterText.Reattach(detached.ExperimentId, detached.Cluster)));
            return ExitCodes.Cancelled;
        }
    }
}
