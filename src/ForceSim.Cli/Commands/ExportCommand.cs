using System.CommandLine;
using ForceSim.Cli.Options;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments.Cad;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim export cad SCENARIO --out EXTRACT.csv</c>: the incident-level log of one replication as a CAD extract
/// (docs/cad-import.md), so a force can try the import on data whose truth is known.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var output = new Option<string>("--out", "-o") { Description = "The CSV extract to write.", Required = true };
        var replication = new Option<int>("--replication", "-n") { Description = "Which replication to log (default 0).", DefaultValueFactory = _ => 0 };
        var seed = new Option<long?>("--seed", "-s") { Description = "Run seed (overrides run.seed)." };
        var set = SetOption.Create();
        var cad = new Command("cad", "Write one replication's incidents as a CAD extract (CSV), in the format 'forcesim import cad' reads.")
        {
            scenario, output, replication, seed, set,
        };
        cad.SetAction((parse, cancellationToken) =>
        {
            using var cancel = new CancelOnCtrlC(cancellationToken);
            var result = CadExportService.Export(
                new CadExportRequest
                {
                    ScenarioPath = parse.GetValue(scenario)!,
                    OutputPath = parse.GetValue(output)!,
                    Replication = parse.GetValue(replication),
                    Seed = parse.GetValue(seed),
                    Overrides = parse.GetValue(set) ?? [],
                },
                cancel.Token);
            CadView.PrintExport(result);
            return Task.FromResult(ExitCodes.Success);
        });
        return new Command("export", "Export data from a run.") { cad };
    }
}
