using System.CommandLine;
using ForceSim.Cli.Terminal;
using ForceSim.Experiments.Cad;

namespace ForceSim.Cli.Commands;

/// <summary>
/// <c>forcesim import cad EXTRACT.csv --force ID [--out FRAGMENT.yaml] [--columns MAPPING]</c>: fits a force's demand
/// from its incident-level extract and writes a scenario fragment for <c>extends:</c> (docs/cad-import.md).
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var extract = new Argument<string>("extract") { Description = "The incident-level extract (CSV, UTF-8, one row per incident)." };
        var force = new Option<string>("--force", "-f") { Description = "The scenario force id to fit (in a multi-force extract, only its rows are read).", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Write the scenario fragment (YAML) here." };
        var columns = new Option<string?>("--columns")
        {
            Description = "The extract's own column names: column=Header pairs (e.g. created=CreatedDate,channel=Source) or a YAML file of them.",
            HelpName = "MAPPING",
        };
        var maxBad = new Option<double>("--max-bad-share")
        {
            Description = "Largest share of unreadable rows to skip before refusing the file (default 0.01).",
            DefaultValueFactory = _ => 0.01,
        };
        var cad = new Command("cad", "Fit demand profiles, volumes, type and grade shares, on-scene times and areas from a CAD extract.")
        {
            extract, force, output, columns, maxBad,
        };
        cad.SetAction((parse, cancellationToken) =>
        {
            using var cancel = new CancelOnCtrlC(cancellationToken);
            var result = CadImportService.Import(
                new CadImportRequest
                {
                    ExtractPath = parse.GetValue(extract)!,
                    ForceId = parse.GetValue(force)!,
                    OutputPath = parse.GetValue(output),
                    Columns = parse.GetValue(columns),
                    MaxBadShare = parse.GetValue(maxBad),
                },
                cancel.Token);
            CadView.PrintImport(result);
            return Task.FromResult(ExitCodes.Success);
        });
        return new Command("import", "Import a force's own data.") { cad };
    }
}
