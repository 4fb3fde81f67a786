using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments.Comparing;
using ForceSim.Experiments.Running;
using Spectre.Console;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim compare BASE WHATIF...</c>: runs every scenario with the base's seed and replications (common
/// random numbers) and shows, per measure, each option's change from the base with a paired 95% CI, the change
/// in grade probabilities and the change in annual cost.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var baseline = new Argument<string>("base") { Description = "The base scenario." };
        var options = new Argument<string[]>("whatif") { Description = "One or more what-if scenarios (often overlays that extend the base).", Arity = ArgumentArity.OneOrMore };
        var replications = new Option<int?>("--replications", "-r") { Description = "Replications for every scenario (default: the base's)." };
        var seed = new Option<long?>("--seed", "-s") { Description = "Seed for every scenario (default: the base's)." };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: results/compare-<base file name without .yaml>)." };
        var parallel = new Option<int?>("--parallel") { Description = "Replications run at once (default: one per core)." };
        var unpaired = new Option<bool>("--unpaired") { Description = "Compare options that do not share the base's forces, horizon, warm-up, seed or replications as independent runs, with unpaired (Welch) intervals (refused without it)." };
        var cluster = ClusterOption.Create();
        var experiment = new Option<string?>("--experiment") { Description = "With --cluster: the experiment's id (default: made from the base's file name and time). The same command with the same id re-attaches." };
        var command = new Command("compare", "Compare what-if scenarios with a base using common random numbers and paired confidence intervals.")
        {
            baseline, options, replications, seed, output, parallel, unpaired, cluster, experiment,
        };
        var outside = OutsideReferencesOption.Create();
        command.Add(outside);
        var security = ClusterSecurityOptions.AddTo(command);
        var posterior = PosteriorOption.Create();
        command.Add(posterior);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            new CompareRequest
            {
                BasePath = parse.GetValue(baseline)!,
                AllowOutsideReferences = parse.GetValue(outside),
                OptionPaths = parse.GetValue(options)!,
                Replications = parse.GetValue(replications),
                Seed = parse.GetValue(seed),
                OutputDirectory = parse.GetValue(output),
                Parallelism = parse.GetValue(parallel),
                Unpaired = parse.GetValue(unpaired),
                Cluster = security.Apply(parse, ClusterOption.Parse(parse.GetValue(cluster))),
                ExperimentId = parse.GetValue(experiment),
                PosteriorPath = PosteriorOption.Read(parse, posterior),
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(CompareRequest request, CancellationToken cancellationToken)
    {
        using var cancel = new CancelOnCtrlC(cancellationToken);
        try
        {
            CompareView.Print(await CompareView.WatchAsync(progress => CompareService.RunAsync(request, progress, cancel.Token)).ConfigureAwait(false));
            return ExitCodes.Success;
        }
        catch (ExperimentDetachedException detached)
        {
            AnsiConsole.MarkupLine(Markup.Escape(ClusterText.Reattach(detached.ExperimentId, detached.Cluster)));
            return ExitCodes.Cancelled;
        }
    }
}
