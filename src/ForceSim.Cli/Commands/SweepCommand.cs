using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments;
using ForceSim.Experiments.Sweeping;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim sweep EXPERIMENT</c>: runs every variant of an experiment's design (factorial, Latin hypercube or
/// one-at-a-time) with the same seed, and writes sweep.csv, sweep.parquet, variants.csv (and tornado.csv).
/// </summary>
public static class SweepCommand
{
    public static Command Create()
    {
        var experiment = new Argument<string>("experiment") { Description = "Experiment YAML file (see docs/experiment-format.md)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/sweep-<experiment file name>)." };
        var parallel = new Option<int?>("--parallel") { Description = "Replications run at once (default: one per core). Results do not depend on it." };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications per variant (default: the experiment file's, else the scenario's)." };
        var fresh = new Option<bool>("--fresh") { Description = "Ignore variants saved by an interrupted earlier sweep." };
        var set = SetOption.Create();
        var cluster = ClusterOption.Create();
        var command = new Command("sweep", "Run every variant of an experiment and write sweep.csv, sweep.parquet and variants.csv (tornado.csv for one-at-a-time).")
        {
            experiment, replications, output, parallel, fresh, set, cluster,
        };
        var outside = OutsideReferencesOption.Create();
        command.Add(outside);
        var posterior = PosteriorOption.Create();
        command.Add(posterior);
        var security = ClusterSecurityOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            new SweepRequest
            {
                ExperimentPath = parse.GetValue(experiment)!,
                AllowOutsideReferences = parse.GetValue(outside),
                Replications = parse.GetValue(replications),
                OutputDirectory = parse.GetValue(output),
                Parallelism = parse.GetValue(parallel),
                Fresh = parse.GetValue(fresh),
                Overrides = parse.GetValue(set) ?? [],
                Cluster = security.Apply(parse, ClusterOption.Parse(parse.GetValue(cluster))),
                PosteriorPath = PosteriorOption.Read(parse, posterior),
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(SweepRequest request, CancellationToken cancellationToken)
    {
        using var cancel = new CancelOnCtrlC(cancellationToken);
        try
        {
            SweepView.Print(await SweepView.WatchAsync(progress => SweepService.RunAsync(request, progress, cancel.Token)).ConfigureAwait(false));
            return ExitCodes.Success;
        }
        catch (WorkInterruptedException interrupted)
        {
            RunView.Interrupted(interrupted);
            return ExitCodes.Cancelled;
        }
    }
}
